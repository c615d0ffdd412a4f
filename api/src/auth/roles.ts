export const roles = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof roles)[number];

export interface RoleGrant {
  role: Role;
  /** Null for admin, the only global role. */
  orgUnitCode: string | null;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  isDemo: boolean;
}

/** Who is asking: the logged-in user with their grants, or null for anonymous visitors. */
export interface Viewer {
  user: SessionUser;
  grants: RoleGrant[];
  /** Hash of the session token, to end exactly this session on logout. */
  sessionHash: string;
}
