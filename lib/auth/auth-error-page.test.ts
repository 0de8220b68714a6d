import { describe, expect, it } from "vitest";
import { authErrorPage } from "./auth-error-page";

describe("authErrorPage", () => {
  it("passes a next-auth error code on to the sign-in page", () => {
    expect(authErrorPage("CredentialsSignin")).toBe("/login?error=CredentialsSignin");
  });

  it.each([["登录失败"], ["x\r\nSet-Cookie: a=1"], ["a b"], ["é"], [""], [null], [undefined]])(
    "sends %j as Default",
    (code) => {
      const page = authErrorPage(code);
      expect(page).toBe("/login?error=Default");
      expect(() => new Headers({ Location: page })).not.toThrow();
    },
  );
});
