package org.agora.people.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.agora.people.control.SsoFailure.Code;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each way an ID token can be wrong, with tokens signed here by a key the "provider" publishes and one it does not. */
class IdTokenCheckTest {

  private static final String ISSUER = "https://idp.example.com/realms/acme";
  private static final String CLIENT = "agora";
  private static final Nonce NONCE = new Nonce("n-0S6_WzA2Mj");

  private static RSAKey providerKey;
  private static RSAKey strangerKey;
  private static IdTokenCheck check;

  @BeforeAll
  static void provider() throws Exception {
    providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    strangerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    check = new IdTokenCheck(new Issuer(ISSUER), new ClientID(CLIENT), List.of(JWSAlgorithm.RS256),
        new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));
  }

  @Test
  void aTokenFromTheProviderForUsWithTheNonceIsAccepted() throws Exception {
    var claims = check.verify(signed(providerKey, c -> c), NONCE);

    assertThat(claims.getSubject().getValue()).isEqualTo("alice");
    assertThat(claims.getIssuer().getValue()).isEqualTo(ISSUER);
  }

  @Test
  void anotherNonceOrNoneIsRefusedAsANonceFailure() throws Exception {
    JWT replayed = signed(providerKey, c -> c.claim("nonce", "from-another-sign-in"));
    JWT without = signed(providerKey, c -> c.claim("nonce", null));

    assertRefused(replayed, Code.NONCE);
    assertRefused(without, Code.NONCE);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant hourAgo = Instant.now().minusSeconds(3600);
    assertRefused(signed(providerKey, c -> c.issueTime(Date.from(hourAgo)).expirationTime(Date.from(hourAgo.plusSeconds(300)))),
        Code.TOKEN);
  }

  @Test
  void aTokenForAnotherClientOrFromAnotherIssuerIsRefused() throws Exception {
    assertRefused(signed(providerKey, c -> c.audience("another-app")), Code.TOKEN);
    assertRefused(signed(providerKey, c -> c.issuer("https://evil.example.com")), Code.TOKEN);
  }

  @Test
  void aTokenSignedByAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
    // Same key id, different key: only the signature tells them apart.
    assertRefused(signed(strangerKey, c -> c), Code.TOKEN);
  }

  @Test
  void unsignedOrSecretSignedTokensAreRefusedBeforeAnyKeyIsLookedUp() throws Exception {
    JWT plain = new PlainJWT(claims(c -> c));
    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> c));
    hmac.sign(new MACSigner("a-client-secret-that-is-long-enough-for-hs256!")); // what a forger knowing the secret would do

    assertRefused(plain, Code.TOKEN);
    assertRefused(hmac, Code.TOKEN);
  }

  private static void assertRefused(JWT token, Code code) {
    assertThatThrownBy(() -> check.verify(token, NONCE))
        .isInstanceOf(SsoFailure.class)
        .satisfies(e -> assertThat(((SsoFailure) e).code()).isEqualTo(code));
  }

  private static SignedJWT signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims(change));
    jwt.sign(new RSASSASigner(key));
    return jwt;
  }

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    return change.apply(new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("alice")
            .audience(CLIENT)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("nonce", NONCE.getValue()))
        .build();
  }
}
