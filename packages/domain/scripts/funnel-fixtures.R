# Fixtures for packages/domain/src/funnel: Spiegelhalter's exact binomial funnel limits (2005, Stat Med
# 24:1185, appendix A.1.1) computed with R's qbinom and pbinom, written to src/funnel/fixtures.json.
# CI needs no R. Regenerate (from the repository root) with
#   Rscript packages/domain/scripts/funnel-fixtures.R
args <- commandArgs(trailingOnly = FALSE)
scriptFile <- sub("^--file=", "", args[grep("^--file=", args)])
outFile <- file.path(dirname(normalizePath(scriptFile)), "..", "src", "funnel", "fixtures.json")

# The p-quantile r of Bin(n, target), less the interpolation alpha that makes the limit continuous in n.
limit <- function(target, n, p) {
  r <- qbinom(p, n, target)
  below <- pbinom(r - 1, n, target)
  at <- pbinom(r, n, target)
  (r - (at - p) / (at - below)) / n
}

targets <- c(0.02, 0.1, 0.37, 0.5, 0.8, 0.9312, 0.99)
ns <- c(1, 2, 3, 7, 12, 30, 57, 100, 333, 1000, 4800)
ps <- c(0.001, 0.025, 0.975, 0.999)
rows <- character(0)
for (target in targets) for (n in ns) for (p in ps) {
  rows <- c(rows, sprintf('{"target":%s,"n":%d,"p":%s,"limit":%s}',
    format(target, digits = 17), n, format(p, digits = 17), format(limit(target, n, p), digits = 17)))
}
writeLines(paste0("[", paste(rows, collapse = ","), "]\n"), outFile, sep = "")
cat("wrote", length(rows), "limits to", outFile, "\n")
status <- system2("pnpm", c("exec", "prettier", "--write", shQuote(outFile)))
if (status != 0) stop("prettier failed: run `pnpm exec prettier --write ", outFile, "`")
