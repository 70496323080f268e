package org.agora.people.control;

/**
 * Why a single sign-on attempt was refused. The code picks the message the login page shows; the
 * reason goes to the log and the admin status, never to the browser.
 */
public class SsoFailure extends Exception {

  /** What the login page tells the person; each has a text in the UI's translations. */
  public enum Code { OFF, STATE, NONCE, TOKEN, PROVIDER, DENIED, CLAIMS, DISABLED }

  private final Code code;

  public SsoFailure(Code code, String reason) {
    super(reason);
    this.code = code;
  }

  public SsoFailure(Code code, String reason, Throwable cause) {
    super(reason, cause);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
