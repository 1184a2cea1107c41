# Fixtures for packages/domain/src/farrington: R's surveillance::farringtonFlexible on deterministic
# series and control variants, written to src/farrington/fixtures.json. The TypeScript port is tested
# against this file, so CI needs no R. Regenerate (from the repository root) with
#   Rscript packages/domain/scripts/farrington-fixtures.R
# Needs R with the surveillance package (Debian: r-base-core r-cran-surveillance); written with 1.20.3.
suppressPackageStartupMessages(library(surveillance))
stopifnot(as.character(packageVersion("surveillance")) == "1.20.3")

args <- commandArgs(trailingOnly = FALSE)
scriptFile <- sub("^--file=", "", args[grep("^--file=", args)])
outFile <- file.path(dirname(normalizePath(scriptFile)), "..", "src", "farrington", "fixtures.json")

set.seed(20130501)

# --- series ---------------------------------------------------------------------------------------
seasonal <- function(t, freq, amplitude) amplitude * sin(2 * pi * t / freq) + amplitude / 2 * cos(2 * pi * t / freq)
plant <- function(x, at, extra) { x[at] <- x[at] + extra; x }

t12 <- 1:108
t52 <- 1:(52 * 7)
series <- list(
  monthlySeasonal = list(freq = 12, x = rpois(108, exp(2.2 + seasonal(t12, 12, 0.6)))),
  monthlyOverdispersedOutbreaks = list(freq = 12, x = plant(rnbinom(108, mu = exp(2.5 + seasonal(t12, 12, 0.4)), size = 4), c(90, 97, 98, 104), c(25, 18, 30, 40))),
  monthlyTrendUp = list(freq = 12, x = rnbinom(108, mu = exp(1.2 + 0.02 * t12 + seasonal(t12, 12, 0.3)), size = 10)),
  monthlyTrendDown = list(freq = 12, x = rpois(108, exp(3.5 - 0.015 * t12 + seasonal(t12, 12, 0.3)))),
  monthlySmallCounts = list(freq = 12, x = rpois(108, 1.2)),
  weeklySeasonalOutbreaks = list(freq = 52, x = plant(rnbinom(364, mu = exp(1.8 + seasonal(t52, 52, 0.8)), size = 5), c(330, 331, 332, 350, 360), c(12, 20, 15, 9, 30))),
  weeklyTrendUp = list(freq = 52, x = rpois(364, exp(0.8 + 0.005 * t52 + seasonal(t52, 52, 0.5)))),
  weeklyTrendDown = list(freq = 52, x = rnbinom(364, mu = exp(3.2 - 0.004 * t52 + seasonal(t52, 52, 0.4)), size = 8)),
  weeklySparse = list(freq = 52, x = rpois(364, 0.25)),
  weeklyAllZero = list(freq = 52, x = rep(0L, 364)),
  weeklyLarge = list(freq = 52, x = rnbinom(364, mu = exp(5 + seasonal(t52, 52, 0.3)), size = 40)),
  # Poisson counts in the thousands: phi is often 1, so the Poisson quantile and tail are used.
  weeklyLargePoisson = list(freq = 52, x = rpois(364, exp(7.5 + seasonal(t52, 52, 0.2)))),
  monthlyShort = list(freq = 12, x = rpois(66, exp(2 + seasonal(1:66, 12, 0.5)))),
  # One case in seven years: most fits drive the mean to 0 and do not converge in 25 steps (R: NA).
  weeklySingleCase = list(freq = 52, x = replace(rep(0L, 364), 100, 1L))
)

# --- control variants (R's defaults unless named) --------------------------------------------------
variants <- list(
  default = list(),
  noneNoReweight = list(powertrans = "none", reweight = FALSE),
  halfNoTrend = list(powertrans = "1/2", trend = FALSE, alpha = 0.01),
  nbPluginNoufaily = list(thresholdMethod = "nbPlugin", noPeriods = 10, pastWeeksNotIncluded = 26, pThresholdTrend = 1, b = 4),
  muanAlpha01 = list(thresholdMethod = "muan", alpha = 0.01, noPeriods = 3),
  nbPluginTrend = list(thresholdMethod = "nbPlugin", reweight = FALSE, weightsThreshold = 1, pThresholdTrend = 0.1),
  muanShortB = list(thresholdMethod = "muan", b = 2, w = 2, pastWeeksNotIncluded = 0, limit54 = c(0, 4)),
  deltaPeriods = list(noPeriods = 4, pastWeeksNotIncluded = 6, w = 2, weightsThreshold = 1.5, limit54 = c(3, 2)),
  muanNoReweight = list(thresholdMethod = "muan", reweight = FALSE, powertrans = "none", trend = FALSE),
  periodsNoTrend = list(noPeriods = 10, trend = FALSE, reweight = FALSE)
)

# Which variants run on which series, and the range (1-based, contiguous) of each.
lastPoints <- function(n, count) (n - count + 1):n
plan <- list(
  list("monthlySeasonal", "default", lastPoints(108, 36)),
  list("monthlySeasonal", "halfNoTrend", lastPoints(108, 24)),
  list("monthlySeasonal", "muanAlpha01", lastPoints(108, 24)),
  list("monthlyOverdispersedOutbreaks", "default", lastPoints(108, 24)),
  list("monthlyOverdispersedOutbreaks", "noneNoReweight", lastPoints(108, 24)),
  list("monthlyOverdispersedOutbreaks", "deltaPeriods", lastPoints(108, 24)),
  list("monthlyTrendUp", "default", lastPoints(108, 30)),
  list("monthlyTrendUp", "nbPluginTrend", lastPoints(108, 30)),
  list("monthlyTrendDown", "default", lastPoints(108, 30)),
  list("monthlyTrendDown", "muanShortB", lastPoints(108, 30)),
  list("monthlySmallCounts", "default", lastPoints(108, 24)),
  list("monthlySmallCounts", "nbPluginTrend", lastPoints(108, 24)),
  list("weeklySeasonalOutbreaks", "default", lastPoints(364, 52)),
  list("weeklySeasonalOutbreaks", "nbPluginNoufaily", lastPoints(364, 52)),
  list("weeklySeasonalOutbreaks", "muanAlpha01", lastPoints(364, 40)),
  list("weeklySeasonalOutbreaks", "deltaPeriods", lastPoints(364, 30)),
  list("weeklyTrendUp", "default", lastPoints(364, 40)),
  list("weeklyTrendUp", "nbPluginNoufaily", lastPoints(364, 30)),
  list("weeklyTrendDown", "default", lastPoints(364, 40)),
  list("weeklyTrendDown", "halfNoTrend", lastPoints(364, 30)),
  list("weeklySparse", "default", lastPoints(364, 40)),
  list("weeklySparse", "muanNoReweight", lastPoints(364, 40)),
  list("weeklySparse", "nbPluginNoufaily", lastPoints(364, 30)),
  list("weeklyAllZero", "default", lastPoints(364, 10)),
  list("weeklyAllZero", "nbPluginTrend", lastPoints(364, 10)),
  list("weeklyAllZero", "muanShortB", lastPoints(364, 10)),
  list("weeklyLarge", "default", lastPoints(364, 30)),
  list("weeklyLarge", "nbPluginTrend", lastPoints(364, 30)),
  list("weeklyLarge", "muanNoReweight", lastPoints(364, 30)),
  list("weeklyLargePoisson", "nbPluginTrend", lastPoints(364, 30)),
  list("weeklyLargePoisson", "muanAlpha01", lastPoints(364, 30)),
  list("weeklyLargePoisson", "default", lastPoints(364, 20)),
  # All zero with 10 periods: with pastWeeksNotIncluded 26 the fit converges; with w (3 here) it has
  # more points and does not reach its tolerance in 25 steps, so R gives NA.
  list("weeklyAllZero", "nbPluginNoufaily", lastPoints(364, 5)),
  list("weeklyAllZero", "periodsNoTrend", lastPoints(364, 5)),
  list("weeklySingleCase", "periodsNoTrend", lastPoints(364, 15)),
  list("weeklySingleCase", "default", lastPoints(364, 10)),
  # Short histories: the first point with b = 5 whole years behind it (its oldest window starts
  # before the series), and a range that reaches back further, which R refuses.
  list("monthlyShort", "default", 63:66),
  list("monthlyShort", "muanShortB", 27:66),
  list("monthlyShort", "default", 60:66)
)

# --- JSON by hand: numbers at full precision, NA/NaN -> null, +-Inf -> "Inf"/"-Inf" ------------------
num <- function(x) {
  if (is.logical(x) && !is.na(x)) return(if (x) "true" else "false")
  if (is.na(x)) return("null")
  if (is.infinite(x)) return(if (x > 0) "\"Inf\"" else "\"-Inf\"")
  sprintf("%.17g", x)
}
str <- function(s) paste0("\"", s, "\"")
controlJson <- function(ctl, freq, range) {
  pastWeeks <- if (is.null(ctl$pastWeeksNotIncluded)) "null" else num(ctl$pastWeeksNotIncluded)
  paste0(
    "{\"range\": [", paste(range - 1, collapse = ", "), "], \"frequency\": ", freq,
    ", \"b\": ", ctl$b, ", \"w\": ", ctl$w, ", \"reweight\": ", num(ctl$reweight),
    ", \"weightsThreshold\": ", num(ctl$weightsThreshold), ", \"alpha\": ", num(ctl$alpha),
    ", \"trend\": ", num(ctl$trend), ", \"pThresholdTrend\": ", num(ctl$pThresholdTrend),
    ", \"limit54\": [", ctl$limit54[1], ", ", ctl$limit54[2], "], \"powertrans\": ", str(ctl$powertrans),
    ", \"thresholdMethod\": ", str(ctl$thresholdMethod), ", \"noPeriods\": ", ctl$noPeriods,
    ", \"pastWeeksNotIncluded\": ", pastWeeks, "}"
  )
}

defaults <- eval(formals(farringtonFlexible)$control)
cases <- character(0)
for (entry in plan) {
  seriesName <- entry[[1]]; variantName <- entry[[2]]; range <- entry[[3]]
  s <- series[[seriesName]]
  ctl <- modifyList(defaults, variants[[variantName]], keep.null = TRUE)
  ctl$range <- range
  ctl$glmWarnings <- FALSE
  stsObj <- sts(observed = s$x, frequency = s$freq, start = c(2000, 1))
  result <- tryCatch(farringtonFlexible(stsObj, control = ctl), error = function(e) e)
  name <- paste0(seriesName, "/", variantName, "/", min(range), "-", max(range))
  head <- paste0(
    "    {\n      \"name\": ", str(name), ",\n      \"observed\": [", paste(s$x, collapse = ", "), "],\n",
    "      \"control\": ", controlJson(ctl, s$freq, range), ",\n"
  )
  if (inherits(result, "error")) {
    body <- paste0("      \"error\": ", str(gsub("\"", "'", conditionMessage(result))), "\n")
  } else {
    rc <- result@control
    column <- function(values) paste0("[", paste(vapply(values, num, character(1)), collapse = ", "), "]")
    outputs <- list(
      index = range - 1, upperbound = upperbound(result)[, 1], expected = rc$expected[, 1],
      alarm = alarms(result)[, 1], pValue = rc$pvalue[, 1], score = rc$score[, 1],
      trend = !is.na(rc$trendVector[, 1]), phi = rc$phiVector[, 1]
    )
    fields <- vapply(names(outputs), function(field) paste0("        ", str(field), ": ", column(outputs[[field]])), character(1))
    body <- paste0("      \"points\": {\n", paste(fields, collapse = ",\n"), "\n      }\n")
  }
  cases <- c(cases, paste0(head, body, "    }"))
}

json <- paste0(
  "{\n  \"generator\": \"packages/domain/scripts/farrington-fixtures.R\",\n",
  "  \"surveillance\": ", str(as.character(packageVersion("surveillance"))), ",\n",
  "  \"cases\": [\n", paste(cases, collapse = ",\n"), "\n  ]\n}\n"
)
writeLines(json, outFile, sep = "")
cat("wrote", length(cases), "cases to", outFile, "\n")
# The repository's Prettier has the last word on the layout (pnpm install must have run).
status <- system2("pnpm", c("exec", "prettier", "--write", shQuote(outFile)))
if (status != 0) stop("prettier failed: run `pnpm exec prettier --write ", outFile, "`")
