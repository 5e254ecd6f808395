package nl.waakzaam.associations.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import nl.waakzaam.associations.application.CurrentAssociation;
import nl.waakzaam.associations.application.NotAnAssociationException;
import nl.waakzaam.associations.domain.Association;
import nl.waakzaam.signal.domain.Sector;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The association from the MicroProfile JWT that Payara validated. Keycloak puts three claims in an
 * association client's token (hard-coded mappers on that client): {@code association} (its id),
 * {@code association_name} and {@code sectors}. A token without the first is no association's,
 * whatever its roles.
 */
@RequestScoped
public class JwtCurrentAssociation implements CurrentAssociation {

  static final String ID = "association";
  static final String NAME = "association_name";
  static final String SECTORS = "sectors";

  @Inject private JsonWebToken token;

  @Override
  public Association association() {
    if (!present()) {
      throw new NotAnAssociationException();
    }
    String id = text(token.getClaim(ID));
    String name = text(token.getClaim(NAME));
    return new Association(id, name == null ? id : name, sectors(token.getClaim(SECTORS)));
  }

  @Override
  public boolean present() {
    if (token == null || token.getRawToken() == null) {
      return false;
    }
    String id = text(token.getClaim(ID));
    return id != null && !id.isBlank();
  }

  private static String text(Object claim) {
    if (claim instanceof JsonString s) {
      return s.getString();
    }
    return claim instanceof String s ? s : null;
  }

  /** The sectors the claim names; names that are no sector are left out. */
  static Set<Sector> sectors(Object claim) {
    Stream<String> names;
    if (claim instanceof JsonArray array) {
      names = array.stream().filter(JsonString.class::isInstance).map(v -> text((JsonValue) v));
    } else if (claim instanceof Collection<?> list) {
      names = list.stream().map(JwtCurrentAssociation::text);
    } else {
      names = Stream.ofNullable(text(claim));
    }
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    names.forEach(
        n -> {
          for (Sector s : Sector.values()) {
            if (s.name().equals(n)) {
              sectors.add(s);
            }
          }
        });
    return sectors;
  }
}
