/**
 * A keyword score or link weight with two decimals, as the details panel shows it. A weight above
 * zero that would round to "0.00" reads as "<0.01": the link exists, its score is just small.
 */
export function formatScore(score: number): string {
  return score > 0 && score < 0.005 ? '<0.01' : score.toFixed(2);
}
