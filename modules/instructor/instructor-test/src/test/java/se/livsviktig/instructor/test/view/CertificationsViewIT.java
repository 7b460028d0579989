package se.livsviktig.instructor.test.view;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.search.BaseModelSearchResult;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.display.context.CertificationsDisplayContext;
import se.livsviktig.instructor.web.internal.portlet.action.ViewCertificationsMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The certifications list of Livsviktig – Instruktörer, rendered by the real ViewCertificationsMVCRenderCommand
 * and its display context: empty, a full page with page links, filtered (the filters reach the service and stay
 * in the form), after an add, and refused.
 *
 * @author Livsviktig
 */
public class CertificationsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void emptyListSaysThereAreNoCertificationsYet(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"empty", ViewRequest.in(locale), List.of(), _ANY_FILTERS);

		view.assertHeading(
			2, view.message("certifications")
		).assertText(
			view.message("no-certifications-yet")
		).assertLink(
			view.message("add-certification"),
			"mvcRenderCommandName=%2Finstructor%2Fadmin%2Fadd_certification"
		).assertNone(
			"table", "an empty list shows a sentence, not an empty table"
		).assertNone(
			"a[href*=clear]", "nothing to clear"
		);

		view.assertField("holderName", view.message("holder-name"));
		view.assertField("trainingMethodId", view.message("training-method"));
		view.assertField("state", view.message("state"));
		view.assertField("expiringWithinDays", view.message("expiring"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void fullListShowsOnePageWithPageLinksAndActionsPerRow(
			Locale locale)
		throws Exception {

		List<Certification> certifications = new java.util.ArrayList<>(
			InstructorViews.certifications(22));

		certifications.add(
			0,
			InstructorViews.certification(
				8001, InstructorViews.HOLDER_USER_ID, InstructorViews.YAM_ID,
				"2028-05-02", null, "YAM-77",
				CertificationConstants.STATE_REVOKED, "Slutat", 0));

		RenderedView view = _render(
			"rows", ViewRequest.in(locale), certifications, _ANY_FILTERS);

		view.assertTableRows(
			ViewCertificationsMVCRenderCommand.PAGE_SIZE
		).assertText(
			view.message("x-certifications", 23)
		);

		Element revoked = view.select(
			"tbody tr"
		).first();

		Assertions.assertEquals(
			"Anna Svensson", revoked.selectFirst("th[scope=row]").text());
		Assertions.assertTrue(
			revoked.text().contains(view.message("open-ended")),
			"a certification without valid-until says it does not expire");
		Assertions.assertTrue(
			revoked.text().contains(
				view.message("certification-state-revoked")));
		Assertions.assertTrue(
			revoked.select("a[href*=renew_certification]").isEmpty(),
			"a revoked certification is neither renewed nor revoked again");
		Assertions.assertEquals(
			1,
			revoked.select(
				"a[href*=view_holder_certifications]"
			).size(),
			"its holder's history is a link away");

		Element active = view.select(
			"tbody tr"
		).get(
			1
		);

		Assertions.assertEquals(
			1, active.select("a[href*=renew_certification]").size());
		Assertions.assertEquals(
			1, active.select("a[href*=revoke_certification]").size());

		String methodName = (locale == InstructorViews.SWEDISH) ?
			"MHFA Vuxen" : "MHFA Adult";

		Assertions.assertTrue(active.text().contains(methodName));

		Elements pageLinks = view.select("nav .pagination .page-link");

		Assertions.assertEquals(
			2, pageLinks.size(),
			view.getName() + ": 23 certifications, 20 a page, make 2 pages");
		Assertions.assertEquals("page", pageLinks.get(0).attr("aria-current"));
		Assertions.assertTrue(pageLinks.get(1).attr("href").contains("cur=2"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void filteredListReachesTheServiceAndKeepsTheFilters(Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"holderName", "anna"
		).parameter(
			"trainingMethodId", String.valueOf(InstructorViews.MHFA_ID)
		).parameter(
			"state", String.valueOf(CertificationConstants.STATE_ACTIVE)
		).parameter(
			"expiringWithinDays", "90"
		);

		RenderedView view = _render(
			"filtered-with-rows", viewRequest,
			InstructorViews.certifications(2),
			new Object[] {
				InstructorViews.MHFA_ID, CertificationConstants.STATE_ACTIVE,
				90, "anna"
			});

		view.assertTableRows(
			2
		).assertFieldValue(
			"holderName", "anna"
		).assertLink(
			view.message("clear-filters"), "view_certifications"
		);

		_assertSelected(view, "trainingMethodId", "1");
		_assertSelected(
			view, "state",
			String.valueOf(CertificationConstants.STATE_ACTIVE));
		_assertSelected(view, "expiringWithinDays", "90");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void licenceStandingFilterReachesTheServiceAndStaysChosen(
			Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"standing", "AT_RISK"
		);

		RenderedView view = _render(
			"standing-at-risk", viewRequest, InstructorViews.certifications(3),
			new Object[] {
				0L, CertificationConstants.STATE_ANY, 0, "", "AT_RISK"
			});

		view.assertTableRows(
			3
		).assertText(
			view.message("x-certifications", 3)
		).assertLink(
			view.message("clear-filters"), "view_certifications"
		);

		view.assertField("standing", view.message("licence-standing"));

		_assertSelected(view, "standing", "AT_RISK");

		Elements standingOptions = view.getDocument(
		).getElementById(
			view.getNamespace() + "standing"
		).select(
			"option"
		);

		Assertions.assertEquals(
			List.of(
				view.message("any-licence-standing"),
				view.message("licence-standing-at-risk"),
				view.message("licence-standing-lapsed")),
			standingOptions.eachText());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void lapsedStandingWithoutMatchesSaysNoCertificationMatches(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"standing-lapsed-empty",
			ViewRequest.in(
				locale
			).parameter(
				"standing", "LAPSED"
			),
			List.of(),
			new Object[] {
				0L, CertificationConstants.STATE_ANY, 0, "", "LAPSED"
			});

		view.assertText(
			view.message("no-certifications-match-the-filters")
		).assertNone(
			"table", "no match, no table"
		);

		_assertSelected(view, "standing", "LAPSED");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void filteredListWithoutMatchesSaysSo(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"filtered-empty",
			ViewRequest.in(
				locale
			).parameter(
				"holderName", "zzz"
			),
			List.of(),
			new Object[] {0L, CertificationConstants.STATE_ANY, 0, "zzz"});

		view.assertText(
			view.message("no-certifications-match-the-filters")
		).assertNone(
			"table", "no match, no table"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void addedCertificationShowsASuccessMessage(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"added",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					CertificationsDisplayContext.SUCCESS_MESSAGE_KEY)
			),
			InstructorViews.certifications(3), _ANY_FILTERS);

		view.assertAlert(
			"success", view.message("the-certification-was-added")
		).assertTableRows(
			3
		).assertNone(
			"nav .pagination", "one page needs no page links"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aReaderWhoMayNotManageCertificationsGetsTheErrorPage(
			Locale locale)
		throws Exception {

		CertificationService certificationService = mock(
			CertificationService.class);

		when(
			certificationService.searchCertifications(
				anyLong(), anyInt(), anyInt(), any(), any(), anyInt(), anyInt())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, "se.livsviktig.instructor",
				ViewHarness.COMPANY_GROUP_ID, "MANAGE_CERTIFICATIONS")
		);

		RenderedView view = _viewHarness.render(
			"error", "no-permission", ViewRequest.in(locale),
			_renderCommand(certificationService)::render);

		view.assertAlert(
			"danger", view.message("you-do-not-have-permission-to-do-this")
		).assertLink(
			view.message("back-to-the-certifications"), "p_p_lifecycle=0"
		).assertNone(
			"table", "nothing of the list is shown"
		);

		_viewHarness.assertAccessible(view);
	}

	private static void _assertSelected(
		RenderedView view, String fieldId, String value) {

		Element selected = view.getDocument(
		).getElementById(
			view.getNamespace() + fieldId
		).selectFirst(
			"option[selected]"
		);

		Assertions.assertNotNull(selected, fieldId + " keeps its choice");
		Assertions.assertEquals(value, selected.attr("value"), fieldId);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<Certification> certifications, Object[] filters)
		throws Exception {

		CertificationService certificationService = mock(
			CertificationService.class);

		if (filters == _ANY_FILTERS) {
			when(
				certificationService.searchCertifications(
					anyLong(), anyInt(), anyInt(), any(), any(), anyInt(),
					anyInt())
			).thenAnswer(
				invocation -> _page(
					certifications, invocation.getArgument(5),
					invocation.getArgument(6))
			);
		}
		else {

			// Only the filters typed reach the service: any other call finds nothing, and the view would fail.

			when(
				certificationService.searchCertifications(
					eq((long)filters[0]), eq((int)filters[1]),
					eq((int)filters[2]), eq((String)filters[3]),
					eq((filters.length > 4) ? (String)filters[4] : ""),
					anyInt(), anyInt())
			).thenAnswer(
				invocation -> _page(
					certifications, invocation.getArgument(5),
					invocation.getArgument(6))
			);
		}

		return _viewHarness.render(
			"instructor_admin-certifications", state, viewRequest,
			_renderCommand(certificationService)::render);
	}

	private static BaseModelSearchResult<Certification> _page(
		List<Certification> certifications, int start, int end) {

		return new BaseModelSearchResult<>(
			certifications.subList(
				Math.min(start, certifications.size()),
				Math.min(end, certifications.size())),
			certifications.size());
	}

	private ViewCertificationsMVCRenderCommand _renderCommand(
		CertificationService certificationService) {

		ViewCertificationsMVCRenderCommand renderCommand =
			new ViewCertificationsMVCRenderCommand();

		InstructorViews.inject(renderCommand, certificationService);

		Fields.set(
			renderCommand, "_trainingMethodService",
			InstructorViews.trainingMethodService());

		return renderCommand;
	}

	private static final Object[] _ANY_FILTERS = new Object[0];

	private static ViewHarness _viewHarness;

}
