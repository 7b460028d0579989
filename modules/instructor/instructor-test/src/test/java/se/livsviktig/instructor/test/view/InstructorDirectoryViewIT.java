package se.livsviktig.instructor.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.portlet.action.ViewInstructorDirectoryMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The instructor directory, rendered by the real ViewInstructorDirectoryMVCRenderCommand and its display context:
 * a page of instructors with their methods and organisations and page links, filtered (the filters reach the
 * service and stay in the form), nobody yet, no match, and a guest asked to sign in.
 *
 * @author Livsviktig
 */
public class InstructorDirectoryViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aPageOfInstructorsWithMethodsOrganisationsAndPageLinks(
			Locale locale)
		throws Exception {

		List<InstructorDirectoryEntry> entries = new ArrayList<>();

		entries.add(
			new InstructorDirectoryEntry(
				301, "Åsa Öberg", List.of("Umeå kommun", "Region Västerbotten"),
				List.of(InstructorViews.MHFA_ID, InstructorViews.YAM_ID)));

		for (int i = 1; i <= 22; i++) {
			entries.add(
				new InstructorDirectoryEntry(
					400 + i, "Instruktör " + i, List.of("Umeå kommun"),
					List.of(InstructorViews.MHFA_ID)));
		}

		RenderedView view = _render(
			"rows", ViewRequest.in(locale), entries, _ANY_FILTERS);

		view.assertHeading(
			2, view.message("instructor-directory")
		).assertTableRows(
			ViewInstructorDirectoryMVCRenderCommand.PAGE_SIZE
		).assertText(
			view.message("x-instructors", 23)
		).assertNone(
			"a[href*=clear]", "nothing to clear"
		);

		view.assertField("keywords", view.message("instructor-name"));
		view.assertField("trainingMethodId", view.message("training-method"));
		view.assertField("organizationId", view.message("organization"));

		Element first = view.select(
			"tbody tr"
		).first();

		Assertions.assertEquals(
			"Åsa Öberg", first.selectFirst("th[scope=row]").text());

		String methods = (locale == InstructorViews.SWEDISH) ?
			"MHFA Vuxen, YAM" : "MHFA Adult, YAM";

		Assertions.assertEquals(
			List.of(methods, "Umeå kommun, Region Västerbotten"),
			first.select(
				"td"
			).eachText());
		Assertions.assertTrue(
			first.select("a, button, input").isEmpty(),
			"the directory shows names, methods and organisations only");

		Elements pageLinks = view.select("nav .pagination .page-link");

		Assertions.assertEquals(
			2, pageLinks.size(),
			view.getName() + ": 23 instructors, 20 a page, make 2 pages");
		Assertions.assertEquals("page", pageLinks.get(0).attr("aria-current"));
		Assertions.assertTrue(pageLinks.get(1).attr("href").contains("cur=2"));

		// In the reader's language's order: Ö is a letter of its own after Z in Swedish, an O in English.

		if (locale == InstructorViews.SWEDISH) {
			_assertOptions(
				view, "organizationId", view.message("all-organizations"),
				"Region Västerbotten", "Umeå kommun", "Örnsköldsviks kommun");
		}
		else {
			_assertOptions(
				view, "organizationId", view.message("all-organizations"),
				"Örnsköldsviks kommun", "Region Västerbotten", "Umeå kommun");
		}

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void theSecondPageShowsTheRestAndMarksItselfCurrent(Locale locale)
		throws Exception {

		List<InstructorDirectoryEntry> entries = new ArrayList<>();

		for (int i = 1; i <= 23; i++) {
			entries.add(
				new InstructorDirectoryEntry(
					400 + i, "Instruktör " + i, List.of(),
					List.of(InstructorViews.YAM_ID)));
		}

		RenderedView view = _render(
			"second-page",
			ViewRequest.in(
				locale
			).parameter(
				"cur", "2"
			),
			entries, _ANY_FILTERS);

		view.assertTableRows(3);

		Assertions.assertEquals(
			"Instruktör 21",
			view.select(
				"tbody tr th[scope=row]"
			).first(
			).text());

		Elements pageLinks = view.select("nav .pagination .page-link");

		Assertions.assertEquals("page", pageLinks.get(1).attr("aria-current"));
		Assertions.assertEquals("", pageLinks.get(0).attr("aria-current"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void filtersReachTheServiceAndStayInTheForm(Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"keywords", "åsa"
		).parameter(
			"trainingMethodId", String.valueOf(InstructorViews.YAM_ID)
		).parameter(
			"organizationId", String.valueOf(_UMEA_ID)
		);

		RenderedView view = _render(
			"filtered-with-rows", viewRequest,
			List.of(
				new InstructorDirectoryEntry(
					301, "Åsa Öberg", List.of("Umeå kommun"),
					List.of(InstructorViews.YAM_ID))),
			new Object[] {InstructorViews.YAM_ID, _UMEA_ID, "åsa"});

		view.assertTableRows(
			1
		).assertFieldValue(
			"keywords", "åsa"
		).assertLink(
			view.message("clear-filters"), "p_p_lifecycle=0"
		);

		_assertSelected(
			view, "trainingMethodId", String.valueOf(InstructorViews.YAM_ID));
		_assertSelected(view, "organizationId", String.valueOf(_UMEA_ID));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void noMatchSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"filtered-empty",
			ViewRequest.in(
				locale
			).parameter(
				"keywords", "zzz"
			),
			List.of(), new Object[] {0L, 0L, "zzz"});

		view.assertText(
			view.message("no-instructors-match-the-filters")
		).assertNone(
			"table", "no match, no table"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void nobodyCertifiedYetSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"empty", ViewRequest.in(locale), List.of(), _ANY_FILTERS);

		view.assertText(
			view.message("no-instructor-may-teach-yet")
		).assertNone(
			"table", "an empty directory shows a sentence, not an empty table"
		).assertNone(
			"nav .pagination", "nothing to page"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aGuestIsAskedToSignIn(Locale locale) throws Exception {
		CertificationService certificationService = mock(
			CertificationService.class);

		when(
			certificationService.getInstructorDirectoryCount(
				anyLong(), anyLong(), any())
		).thenThrow(
			new PrincipalException.MustBeAuthenticated(0)
		);

		RenderedView view = _viewHarness.render(
			"instructor_directory", "guest", ViewRequest.in(locale),
			_renderCommand(certificationService)::render);

		view.assertHeading(
			2, view.message("instructor-directory")
		).assertAlert(
			"info", view.message("sign-in-to-see-the-instructor-directory")
		).assertNone(
			"table", "nothing of the directory is shown"
		).assertNone(
			"form", "no filters for a guest"
		);

		_viewHarness.assertAccessible(view);
	}

	private static void _assertOptions(
		RenderedView view, String fieldId, String... texts) {

		Assertions.assertEquals(
			List.of(texts),
			view.getDocument(
			).getElementById(
				view.getNamespace() + fieldId
			).select(
				"option"
			).eachText());
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

	private static Organization _organization(long organizationId, String name) {
		Organization organization = mock(Organization.class);

		when(
			organization.getOrganizationId()
		).thenReturn(
			organizationId
		);
		when(
			organization.getName()
		).thenReturn(
			name
		);

		return organization;
	}

	private static List<InstructorDirectoryEntry> _page(
		List<InstructorDirectoryEntry> entries, int start, int end) {

		return entries.subList(
			Math.min(start, entries.size()), Math.min(end, entries.size()));
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<InstructorDirectoryEntry> entries, Object[] filters)
		throws Exception {

		CertificationService certificationService = mock(
			CertificationService.class);

		if (filters == _ANY_FILTERS) {
			when(
				certificationService.getInstructorDirectoryCount(
					anyLong(), anyLong(), any())
			).thenReturn(
				entries.size()
			);
			when(
				certificationService.getInstructorDirectory(
					anyLong(), anyLong(), any(), anyInt(), anyInt())
			).thenAnswer(
				invocation -> _page(
					entries, invocation.getArgument(3),
					invocation.getArgument(4))
			);
		}
		else {

			// Only the filters typed reach the service: any other call finds nobody, and the view would fail.

			when(
				certificationService.getInstructorDirectoryCount(
					(long)filters[0], (long)filters[1], (String)filters[2])
			).thenReturn(
				entries.size()
			);
			when(
				certificationService.getInstructorDirectory(
					eq((long)filters[0]), eq((long)filters[1]),
					eq((String)filters[2]), anyInt(), anyInt())
			).thenAnswer(
				invocation -> _page(
					entries, invocation.getArgument(3),
					invocation.getArgument(4))
			);
		}

		return _viewHarness.render(
			"instructor_directory", state, viewRequest,
			_renderCommand(certificationService)::render);
	}

	private ViewInstructorDirectoryMVCRenderCommand _renderCommand(
		CertificationService certificationService) {

		ViewInstructorDirectoryMVCRenderCommand renderCommand =
			new ViewInstructorDirectoryMVCRenderCommand();

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		List<Organization> organizations = List.of(
			_organization(503, "Örnsköldsviks kommun"),
			_organization(_UMEA_ID, "Umeå kommun"),
			_organization(502, "Region Västerbotten"));

		when(
			organizationLocalService.getOrganizations(
				ViewHarness.COMPANY_ID,
				OrganizationConstants.ANY_PARENT_ORGANIZATION_ID)
		).thenReturn(
			organizations
		);

		Fields.set(
			renderCommand, "_certificationService", certificationService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			organizationLocalService);
		Fields.set(
			renderCommand, "_trainingMethodLocalService",
			InstructorViews.trainingMethodLocalService());
		Fields.set(
			renderCommand, "_trainingMethodService",
			InstructorViews.trainingMethodService());

		return renderCommand;
	}

	private static final Object[] _ANY_FILTERS = new Object[0];

	private static final long _UMEA_ID = 501;

	private static ViewHarness _viewHarness;

}
