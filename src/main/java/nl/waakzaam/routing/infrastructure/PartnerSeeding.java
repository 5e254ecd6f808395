package nl.waakzaam.routing.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Seeds the partner data once the schema is up to date ({@link PartnerSeeds}), before the
 * application takes a request.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class PartnerSeeding {

  @Inject private PartnerSeeds seeds;

  @PostConstruct
  void seed() {
    seeds.write();
  }
}
