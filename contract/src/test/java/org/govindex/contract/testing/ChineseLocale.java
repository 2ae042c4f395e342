package org.govindex.contract.testing;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a class under a Chinese default locale, as a Chinese user's command line does,
 * and puts the locale back afterwards: {@code @ExtendWith(ChineseLocale.class)}. Shared by every
 * module's tests through the contract's test jar.
 */
public final class ChineseLocale implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ChineseLocale.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put(Locale.class, Locale.getDefault());
    Locale.setDefault(Locale.CHINA);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Locale.setDefault(context.getStore(NAMESPACE).get(Locale.class, Locale.class));
  }
}
