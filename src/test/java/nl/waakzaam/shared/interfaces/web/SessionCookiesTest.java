package nl.waakzaam.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionCookiesTest {

  @Test
  void theSessionCookieGetsSameSiteStrictAndHttpOnly() {
    assertEquals(
        "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict",
        SessionCookies.harden("JSESSIONID=abc; Path=/; HttpOnly", false));
    assertEquals(
        "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict",
        SessionCookies.harden("JSESSIONID=abc; Path=/", false));
  }

  @Test
  void overHttpsItIsSecureToo() {
    assertEquals(
        "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict; Secure",
        SessionCookies.harden("JSESSIONID=abc; Path=/; HttpOnly", true));
  }

  @Test
  void whatTheContainerAlreadySaysIsNotSaidTwice() {
    String complete = "JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Strict";
    assertEquals(complete, SessionCookies.harden(complete, true));
  }
}
