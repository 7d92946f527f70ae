/** Register data that no formula can use. `field` names the input ('lines[0].events[2].amount'); the message is Thai. */
export class RegisterInputError extends Error {
  override readonly name = 'RegisterInputError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
