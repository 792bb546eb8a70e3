package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.support.StaticWebApplicationContext;

/** The views the template resolver builds. */
class TemplateViewsTest {
  @Test
  void aPageGetsNoSpringRequestContext() throws Exception {
    var properties = new JteProperties();
    properties.setTemplateSuffix(".jte");
    var resolver =
        new TemplateViews()
            .jteViewResolver(TemplateEngine.createPrecompiled(ContentType.Html), properties);
    var context = new StaticWebApplicationContext();
    context.setServletContext(new MockServletContext());
    context.setParent(new StaticApplicationContext());
    context.refresh();
    resolver.setApplicationContext(context);

    var view = resolver.resolveViewName("site/article", Locale.ROOT);

    assertThat(view).isInstanceOf(TemplateViews.BytesView.class);
    // Spring's RequestContext for its macros, built per page when this is true; jte never reads it
    assertThat(ReflectionTestUtils.getField(view, "exposeSpringMacroHelpers")).isEqualTo(false);
  }
}
