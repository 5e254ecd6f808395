package nl.waakzaam.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens made by the test, in Keycloak's shape (issuer, audience, a flat {@code groups}
 * claim of roles and region groups), signed RS256 with Keycloak's own signing key unless told
 * otherwise: for the authorization matrix, which needs hundreds of tokens and some that Keycloak
 * would never issue.
 */
public final class TestTokens {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final TestKeycloak keycloak;

  public TestTokens(TestKeycloak keycloak) {
    this.keycloak = keycloak;
  }

  /** Claims of a token for {@code user} with the given roles and region groups. */
  public JsonObjectBuilder claims(String user, List<String> groups) {
    Instant now = Instant.now();
    JsonArrayBuilder g = Json.createArrayBuilder();
    groups.forEach(g::add);
    return Json.createObjectBuilder()
        .add("iss", keycloak.issuer())
        .add("sub", "test-" + user)
        .add("aud", "waakzaam-api")
        .add("preferred_username", user)
        .add("typ", "Bearer")
        .add("iat", now.getEpochSecond())
        .add("exp", now.plus(Duration.ofMinutes(5)).getEpochSecond())
        .add("jti", UUID.randomUUID().toString())
        .add("groups", g);
  }

  /** {@code claims} signed with Keycloak's key. */
  public String sign(JsonObject claims) {
    return sign(claims, keycloak.signingKey().getPrivate(), keycloak.keyId());
  }

  /** {@code claims} signed with {@code key}, announcing key id {@code kid}. */
  public static String sign(JsonObject claims, PrivateKey key, String kid) {
    String header =
        Json.createObjectBuilder()
            .add("alg", "RS256")
            .add("typ", "JWT")
            .add("kid", kid)
            .build()
            .toString();
    String signed = encode(header) + "." + encode(claims.toString());
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed + "." + URL.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token ({@code alg: none}) with {@code claims}: must never be accepted. */
  public static String unsigned(JsonObject claims) {
    return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims.toString()) + ".";
  }

  private static String encode(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
