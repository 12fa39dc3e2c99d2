/** A, B, C … Z, then AA, AB …: how the projector names options, in the list and in the chart. */
export function optionLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${optionLetter(Math.floor(index / 26) - 1)}${letter}`;
}
