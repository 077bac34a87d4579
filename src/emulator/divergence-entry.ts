// The shape of one entry in the emulator's list of divergences from the official spec. Apart from the
// list itself (divergences.ts), because the resource modules that contribute entries are imported by it.

export interface Divergence {
  /**
   * The operationId(s), comma-separated, or `METHOD path` for endpoints the spec lacks (`G/A` stands
   * for `/groups/{groupId}/apps/{appId}`), or `schema <Name>` for a fix of a spec schema.
   */
  readonly operation: string
  readonly divergence: string
  readonly reason: string
  /**
   * False when the contract tests hold the operation to the spec anyway: the entry documents an
   * error status or a rule the spec leaves open, not a documented shape the emulator departs from.
   */
  readonly contractExempt?: false
}
