package org.agora.people.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.people.control.SsoFailure.Code;

/**
 * The OpenID Connect authorization-code flow against the configured provider, with the Nimbus
 * OAuth 2.0 SDK: discovery from the issuer, a request with state, nonce and PKCE, the code
 * exchange, and an ID token checked against the provider's JWKS (signature, issuer, audience,
 * expiry, nonce: see {@link IdTokenCheck}). The provider's metadata is fetched once and again after a network failure.
 */
@ApplicationScoped
public class OidcProvider {

  /** What the browser's session remembers between the redirect to the provider and its return. */
  public record Pending(String state, String nonce, String codeVerifier, String redirectUri) implements Serializable {}

  /** A started sign-in: where to send the browser and what to remember. */
  public record Start(URI authorization, Pending pending) {}

  /** The validated ID token's subject and issuer with the claims of the ID token and the UserInfo. */
  public record Identity(String issuer, String subject, Map<String, Object> claims) {}

  @Inject OidcSettings settings;

  private final AtomicReference<OIDCProviderMetadata> metadata = new AtomicReference<>();
  private final AtomicReference<IdTokenCheck> idTokenCheck = new AtomicReference<>();

  public Start start(String redirectUri) throws SsoFailure {
    OIDCProviderMetadata provider = metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI authorization =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope(settings.scopes().toArray(String[]::new)),
                new ClientID(settings.clientId()),
                URI.create(redirectUri))
            .endpointURI(provider.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    return new Start(authorization, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), redirectUri));
  }

  /** Exchanges the code and answers who signed in; the pending request has already matched the state. */
  public Identity finish(String code, Pending pending) throws SsoFailure {
    OIDCProviderMetadata provider = metadata();
    ClientID client = new ClientID(settings.clientId());
    AuthorizationCodeGrant grant =
        new AuthorizationCodeGrant(
            new AuthorizationCode(code), URI.create(pending.redirectUri()), new CodeVerifier(pending.codeVerifier()));
    // A confidential client proves itself with its secret; a public one only with PKCE.
    TokenRequest request =
        settings.clientSecret().isPresent()
            ? new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(client, new Secret(settings.clientSecret().get())), grant)
            : new TokenRequest(provider.getTokenEndpointURI(), client, grant);
    OIDCTokenResponse tokens = exchange(request);
    JWT idToken = tokens.getOIDCTokens().getIDToken();
    IDTokenClaimsSet claims = idTokenCheck(provider).verify(idToken, new Nonce(pending.nonce()));
    Map<String, Object> all = new HashMap<>(claims.toJSONObject());
    if (!all.containsKey(settings.usernameClaim()) && provider.getUserInfoEndpointURI() != null
        && tokens.getOIDCTokens().getBearerAccessToken() != null) {
      userInfo(provider, tokens.getOIDCTokens().getBearerAccessToken(), claims.getSubject().getValue())
          .forEach(all::putIfAbsent);
    }
    return new Identity(claims.getIssuer().getValue(), claims.getSubject().getValue(), all);
  }

  private OIDCTokenResponse exchange(TokenRequest request) throws SsoFailure {
    try {
      TokenResponse response = OIDCTokenResponseParser.parse(send(request.toHTTPRequest()));
      if (!response.indicatesSuccess()) {
        ErrorObject error = response.toErrorResponse().getErrorObject();
        throw new SsoFailure(Code.PROVIDER, "the token endpoint refused the code: " + describe(error));
      }
      return (OIDCTokenResponse) response.toSuccessResponse();
    } catch (ParseException e) {
      throw new SsoFailure(Code.PROVIDER, "the token endpoint answered something unreadable: " + e.getMessage(), e);
    } catch (IOException e) {
      metadata.set(null);
      throw new SsoFailure(Code.PROVIDER, "the token endpoint is unreachable: " + e, e);
    }
  }

  private IdTokenCheck idTokenCheck(OIDCProviderMetadata provider) {
    IdTokenCheck known = idTokenCheck.get();
    if (known != null) {
      return known;
    }
    try {
      int timeout = settings.timeoutMillis();
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(provider.getJWKSetURI().toURL(), new DefaultResourceRetriever(timeout, timeout, 512 * 1024))
              .build();
      IdTokenCheck fresh = new IdTokenCheck(provider.getIssuer(), new ClientID(settings.clientId()),
          provider.getIDTokenJWSAlgs(), keys);
      idTokenCheck.compareAndSet(null, fresh);
      return idTokenCheck.get();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("the provider's JWKS address is not a URL: " + provider.getJWKSetURI(), e);
    }
  }

  private Map<String, Object> userInfo(OIDCProviderMetadata provider, BearerAccessToken token, String subject)
      throws SsoFailure {
    try {
      UserInfoResponse response =
          UserInfoResponse.parse(send(new UserInfoRequest(provider.getUserInfoEndpointURI(), token).toHTTPRequest()));
      if (!response.indicatesSuccess()) {
        throw new SsoFailure(Code.PROVIDER, "the UserInfo endpoint refused: "
            + describe(response.toErrorResponse().getErrorObject()));
      }
      var info = response.toSuccessResponse().getUserInfo();
      if (!subject.equals(info.getSubject().getValue())) {
        throw new SsoFailure(Code.TOKEN, "the UserInfo subject differs from the ID token's");
      }
      return info.toJSONObject();
    } catch (ParseException e) {
      throw new SsoFailure(Code.PROVIDER, "the UserInfo endpoint answered something unreadable: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SsoFailure(Code.PROVIDER, "the UserInfo endpoint is unreachable: " + e, e);
    }
  }

  private OIDCProviderMetadata metadata() throws SsoFailure {
    OIDCProviderMetadata known = metadata.get();
    if (known != null) {
      return known;
    }
    try {
      int timeout = settings.timeoutMillis();
      OIDCProviderMetadata fresh = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), timeout, timeout);
      idTokenCheck.set(null);
      metadata.set(fresh);
      return fresh;
    } catch (GeneralException e) {
      throw new SsoFailure(Code.PROVIDER, "discovery at " + settings.issuer() + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SsoFailure(Code.PROVIDER, "the provider " + settings.issuer() + " is unreachable: " + e, e);
    }
  }

  private HTTPRequest timed(HTTPRequest request) {
    request.setConnectTimeout(settings.timeoutMillis());
    request.setReadTimeout(settings.timeoutMillis());
    return request;
  }

  private com.nimbusds.oauth2.sdk.http.HTTPResponse send(HTTPRequest request) throws IOException {
    return timed(request).send();
  }

  private static String describe(ErrorObject error) {
    return error.getHTTPStatusCode() + " " + error.getCode()
        + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")");
  }
}
