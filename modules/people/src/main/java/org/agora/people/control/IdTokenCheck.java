package org.agora.people.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.people.control.SsoFailure.Code;

/**
 * The verdict on an ID token: signed with a public-key algorithm the provider announces, by one of
 * its keys, for this client, by this issuer, not expired, carrying the nonce this browser was given.
 * Kept apart from the HTTP exchange so each refusal can be tested with tokens of our own making.
 */
final class IdTokenCheck {

  private final Issuer issuer;
  private final ClientID client;
  private final List<JWSAlgorithm> announced;
  private final JWKSource<SecurityContext> keys;
  private final Map<JWSAlgorithm, IDTokenValidator> validators = new ConcurrentHashMap<>();

  IdTokenCheck(Issuer issuer, ClientID client, List<JWSAlgorithm> announced, JWKSource<SecurityContext> keys) {
    this.issuer = issuer;
    this.client = client;
    this.announced = announced == null ? List.of() : List.copyOf(announced);
    this.keys = keys;
  }

  IDTokenClaimsSet verify(JWT idToken, Nonce expected) throws SsoFailure {
    // HMAC would make the client secret a signing key and "none" would sign nothing: only public keys.
    JWSAlgorithm algorithm = idToken.getHeader().getAlgorithm() instanceof JWSAlgorithm a ? a : null;
    if (algorithm == null || !JWSAlgorithm.Family.SIGNATURE.contains(algorithm) || !announced.contains(algorithm)) {
      throw new SsoFailure(Code.TOKEN, "the ID token is signed with " + idToken.getHeader().getAlgorithm()
          + ", not with a public-key algorithm the provider announces");
    }
    try {
      return validators.computeIfAbsent(algorithm, this::validator).validate(idToken, expected);
    } catch (BadJOSEException e) {
      Code code = String.valueOf(e.getMessage()).toLowerCase().contains("nonce") ? Code.NONCE : Code.TOKEN;
      throw new SsoFailure(code, "the ID token was rejected: " + e.getMessage(), e);
    } catch (JOSEException e) {
      throw new SsoFailure(Code.TOKEN, "the ID token could not be checked: " + e.getMessage(), e);
    }
  }

  private IDTokenValidator validator(JWSAlgorithm algorithm) {
    return new IDTokenValidator(issuer, client, new JWSVerificationKeySelector<>(algorithm, keys), null);
  }
}
