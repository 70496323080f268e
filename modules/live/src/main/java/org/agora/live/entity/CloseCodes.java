package org.agora.live.entity;

/** The close codes the stream uses, beside the standard 1000 (normal) and 1009 (frame too big). */
public final class CloseCodes {

  /** Policy violation: credentials revoked or account disabled, or repeated bad frames. */
  public static final int POLICY = 1008;

  /** Try again later: the client fell behind (its send queue overflowed) and was told to resync. */
  public static final int TRY_AGAIN_LATER = 1013;

  private CloseCodes() {}
}
