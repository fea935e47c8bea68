/** A Microsoft 365 class team the signed-in user belongs to, as Teams names it. */
export interface ClassTeam {
  readonly id: string;
  readonly displayName: string;
}
