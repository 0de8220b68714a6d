// next-auth's error codes are single words (CredentialsSignin, AccessDenied, Configuration…).
const ERROR_CODE = /^[A-Za-z]{1,64}$/;

/**
 * Where `/api/auth/error` sends the browser: the sign-in page with the error code, or with
 * `Default` for anything that is not a plain code. next-auth itself pastes the raw value into
 * the Location header, so `?error=` with CR/LF or non-Latin-1 text made it answer 500.
 */
export function authErrorPage(code: string | null | undefined): string {
  return `/login?error=${code && ERROR_CODE.test(code) ? code : "Default"}`;
}
