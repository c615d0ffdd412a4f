/**
 * The statistics of the indicator engine: pure functions from stored counts and sums to estimates with confidence
 * intervals, comparisons with a comparator and recent trends. Nothing here returns NaN or Infinity: a value that
 * cannot be computed is null with a reason, and input that cannot come from a correct query throws a RangeError.
 */
export { type Comparison, compareWithComparator, judgeDirection } from './compare.ts';
export {
  chiSquareQuantile,
  normalQuantile,
  studentTQuantile,
  tailProbability,
  twoSidedZ,
} from './distributions.ts';
export {
  type ConfidenceLevel,
  confidenceLevels,
  type Estimate,
  type IntervalMethod,
  type MissingReason,
} from './estimate.ts';
export { meanEstimate, type ObservationSums } from './mean.ts';
export { type ProportionCounts, proportionEstimate } from './proportion.ts';
export { countEstimate, exactPoissonBelow, type RateCounts, rateEstimate } from './rate.ts';
export { proportionTrend, type Trend, type TrendResult, trendPeriods, weightedTrend } from './trend.ts';
