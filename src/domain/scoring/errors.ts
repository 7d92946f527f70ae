/** Input that the scoring rules cannot use. `field` names the input ('value', 'targets.high', 'items[2].weight'); the message is Thai. */
export class ScoringInputError extends Error {
  override readonly name = 'ScoringInputError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
