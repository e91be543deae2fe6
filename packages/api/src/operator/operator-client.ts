import type { TokenRefusal } from '../auth/token-request.js';
import type { TokenInfo, TokenRequest } from '../auth/tokens.js';
import type { OperatorAccess } from './operator-file.js';

/** The token commands over the running server's operator routes. */
export const operatorClient = (access: OperatorAccess) => {
  const call = async <T>(
    path: string,
    init: RequestInit = {},
  ): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${access.url}/operator${path}`, {
      ...init,
      headers: { authorization: `Bearer ${access.secret}`, 'content-type': 'application/json' },
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  return {
    issueToken: async (input: TokenRequest) => {
      const { status, body } = await call<
        { token: string; info: TokenInfo } | TokenRefusal | { error: string }
      >('/tokens', { method: 'POST', body: JSON.stringify(input) });
      if (status === 400 && 'code' in body) return { refused: body };
      if (status !== 201 || !('token' in body)) {
        throw new Error(`The running server refused: HTTP ${status}`);
      }
      return body;
    },
    listTokens: async () => (await call<TokenInfo[]>('/tokens')).body,
    revokeToken: async (id: string) =>
      (
        await call<{ revoked: boolean }>(`/tokens/${encodeURIComponent(id)}/revoke`, {
          method: 'POST',
        })
      ).body.revoked,
  };
};
