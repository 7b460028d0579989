package se.livsviktig.report.test.view;

import java.time.Instant;

import java.util.Locale;
import java.util.stream.Stream;

import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.WebBundle;
import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.web.internal.portlet.ReportPortlet;

/**
 * What the report views' tests share: the web bundle under test and its harness, the two languages every view is
 * checked in, and a fixed "now" (12 March 2026).
 *
 * @author Livsviktig
 */
final class ReportViews {

	public static final Locale ENGLISH = new Locale("en", "US");

	public static final Instant NOW = Instant.parse("2026-03-12T10:00:00Z");

	public static final long SCHOOL_ID = 43;

	public static final long SOCIAL_ID = 41;

	public static final Locale SWEDISH = new Locale("sv", "SE");

	public static ViewHarness harness() {
		return ViewHarness.of(webBundle());
	}

	public static Stream<Locale> locales() {
		return Stream.of(SWEDISH, ENGLISH);
	}

	public static WebBundle webBundle() {
		return WebBundle.of(ReportPortlet.class, ReportPortletKeys.REPORT);
	}

	private ReportViews() {
	}

}
