// Householder QR least squares, the part of R's C_Cdqrls (LINPACK dqrdc2) that glm.fit uses for a
// full-rank design. R pivots an aliased column to the end and gives it an NA coefficient; the
// Farrington designs never have one, so a rank-deficient design is refused instead.

/** R's tolerance in glm.fit: min(1e-7, epsilon / 1000) with epsilon = 1e-8. */
const RANK_TOLERANCE = 1e-11;

export interface LeastSquaresFit {
  coefficients: number[];
  /** Inverse of the upper-triangular R of A = QR: (A'A)^-1 = rInverse rInverse'. */
  rInverse: number[][];
  /** Diagonal of Q Q', R's hatvalues() of the weighted fit. */
  hat: number[];
}

/** Minimises ||A beta - b|| for A given by rows (n x p, n >= p, full column rank). */
export function leastSquares(rows: readonly (readonly number[])[], b: readonly number[]): LeastSquaresFit {
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  if (n < p || p === 0) throw new RangeError(`Least squares needs n >= p > 0 (n = ${n}, p = ${p})`);
  // Column-major working copy: a[j][i] is row i of column j.
  const a = Array.from({ length: p }, (_, j) => rows.map((row) => row[j] ?? NaN));
  const rhs = [...b];
  const reflectors: number[][] = [];
  const diagonal: number[] = [];
  for (let j = 0; j < p; j += 1) {
    const column = a[j]!;
    const originalNorm = Math.hypot(...rows.map((row) => row[j] ?? NaN));
    let norm = 0;
    for (let i = j; i < n; i += 1) norm = Math.hypot(norm, column[i]!);
    if (!(norm > RANK_TOLERANCE * originalNorm)) {
      throw new RangeError(`Design matrix is rank deficient at column ${j + 1}`);
    }
    const alpha = column[j]! > 0 ? -norm : norm;
    const v = column.slice(j);
    v[0] = v[0]! - alpha;
    const vv = v.reduce((sum, vi) => sum + vi * vi, 0);
    const reflect = (target: number[]): void => {
      let dot = 0;
      for (let i = 0; i < v.length; i += 1) dot += v[i]! * target[j + i]!;
      const factor = (2 * dot) / vv;
      for (let i = 0; i < v.length; i += 1) target[j + i] = target[j + i]! - factor * v[i]!;
    };
    for (let k = j; k < p; k += 1) reflect(a[k]!);
    reflect(rhs);
    reflectors.push(v);
    diagonal.push(alpha);
  }
  // R is a[k][j] for j <= k (row j, column k); back-substitute and invert it.
  const r = (row: number, col: number): number => (row === col ? diagonal[row]! : a[col]![row]!);
  const coefficients = new Array<number>(p).fill(0);
  for (let j = p - 1; j >= 0; j -= 1) {
    let sum = rhs[j]!;
    for (let k = j + 1; k < p; k += 1) sum -= r(j, k) * coefficients[k]!;
    coefficients[j] = sum / r(j, j);
  }
  const rInverse = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let col = 0; col < p; col += 1) {
    rInverse[col]![col] = 1 / r(col, col);
    for (let row = col - 1; row >= 0; row -= 1) {
      let sum = 0;
      for (let k = row + 1; k <= col; k += 1) sum += r(row, k) * rInverse[k]![col]!;
      rInverse[row]![col] = -sum / r(row, row);
    }
  }
  // Q's first p columns: the reflectors applied, last first, to the unit vectors.
  const hat = new Array<number>(n).fill(0);
  for (let col = 0; col < p; col += 1) {
    const q = new Array<number>(n).fill(0);
    q[col] = 1;
    for (let j = p - 1; j >= 0; j -= 1) {
      const v = reflectors[j]!;
      const vv = v.reduce((sum, vi) => sum + vi * vi, 0);
      let dot = 0;
      for (let i = 0; i < v.length; i += 1) dot += v[i]! * q[j + i]!;
      const factor = (2 * dot) / vv;
      for (let i = 0; i < v.length; i += 1) q[j + i] = q[j + i]! - factor * v[i]!;
    }
    for (let i = 0; i < n; i += 1) hat[i] = hat[i]! + q[i]! * q[i]!;
  }
  // lm.influence: a hat value within 10 eps of 1 is 1.
  for (let i = 0; i < n; i += 1) if (hat[i]! > 1 - 10 * Number.EPSILON) hat[i] = 1;
  return { coefficients, rInverse, hat };
}
