import type { TokenInfo } from '../auth/tokens.js';
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
    createToken: async (input: { role: string; name: string }) => {
      const { status, body } = await call<{ token: string; info: TokenInfo }>('/tokens', {
        method: 'POST',
        body: JSON.stringify(input),
      });
      if (status !== 201) throw new Error(`The running server refused: HTTP ${status}`);
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
