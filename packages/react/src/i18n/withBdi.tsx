/** @internal Stands for the user data while a catalog sentence is rendered (a private-use character). */
export const BDI_MARK = '\uE000';

/**
 * @internal A catalog sentence rendered with `BDI_MARK` in place of one piece of user data (a reference,
 * a name), with that piece put back in a `<bdi>`: it keeps its own direction, and the sentence reads the
 * same to assistive technology.
 * @example withBdi(t('staff.review', { reference: BDI_MARK }), request.reference)
 */
export function withBdi(sentence: string, value: string) {
  const [before, after = ''] = sentence.split(BDI_MARK);
  return (
    <>
      {before}
      <bdi>{value}</bdi>
      {after}
    </>
  );
}
