package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.time.ZonedDateTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.UpcomingTraining;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.portlet.action.ViewUnitTrainingMVCRenderCommand;

/**
 * approvals/unit_training.jsp, Min enhets utbildning, rendered by the real ViewUnitTrainingMVCRenderCommand and
 * its display context: a unit's members with what they completed and what is coming, filtered by method, a unit
 * without members, a manager of several units choosing one, and someone who manages no unit or asks for one
 * they do not manage.
 *
 * @author Livsviktig
 */
public class UnitTrainingViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aManagerSeesWhoInTheUnitHasBeenTrainedAndWhatIsComing(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"with-data", ViewRequest.in(locale),
			Collections.singletonList(_socialforvaltningen()),
			_memberTrainings());

		view.assertHeading(
			2, view.message("my-units-training")
		).assertTableRows(
			4
		).assertText(
			view.message(
				"members-of-x-and-of-the-units-under-it", "Socialförvaltningen")
		).assertLink(
			view.message("export-to-csv"), "p_p_lifecycle=2"
		).assertLink(
			view.message("export-to-excel"), "organizationId=40301"
		).assertNone(
			".alert", "a manager of the unit is not warned"
		).assertNone(
			"#" + view.getNamespace() + "organizationId",
			"a manager of one unit has nothing to choose"
		);

		view.assertField("trainingMethodId", view.message("training-method"));

		Elements rows = view.select("table tbody tr");

		_assertRow(
			view, rows.get(0), "Anna Andersson",
			_methodName(locale, "MHFA Vuxen", "MHFA Adult"), "2",
			view.message("upcoming-nothing"));
		Assertions.assertFalse(
			rows.get(
				0
			).select(
				"td"
			).get(
				2
			).text(
			).isEmpty(),
			view.getName() + ": the last completion's day is shown");
		_assertRow(
			view, rows.get(1), "Björn <b>Berg</b>",
			_methodName(locale, "MHFA Vuxen", "MHFA Adult"), "0",
			view.message("upcoming-booked"));
		Assertions.assertEquals(
			view.message("no-completion-yet"),
			rows.get(
				1
			).select(
				"td"
			).get(
				2
			).text(),
			view.getName() + ": a member who never completed is said to");
		_assertRow(
			view, rows.get(2), "Cecilia Cederlund",
			view.message("no-registrations"), "0",
			view.message("upcoming-nothing"));
		_assertRow(
			view, rows.get(3), "Dan Dahl", "YAM", "0",
			view.message("upcoming-on-the-waitlist"));

		view.assertNone("b", "a name is escaped, never markup");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aMethodFilterKeepsEveryMemberOnceForThatMethod(Locale locale)
		throws Exception {

		List<MemberTraining> yam = Arrays.asList(
			new MemberTraining(
				1, "Anna Andersson", _YAM, 0, null, UpcomingTraining.NONE),
			new MemberTraining(
				4, "Dan Dahl", _YAM, 0, null,
				UpcomingTraining.PENDING_APPROVAL));

		RenderedView view = _render(
			"filtered",
			ViewRequest.in(
				locale
			).parameter(
				"trainingMethodId", String.valueOf(_YAM)
			),
			Collections.singletonList(_socialforvaltningen()), yam);

		view.assertTableRows(2);

		Element selected = view.select(
			"#" + view.getNamespace() + "trainingMethodId option[selected]"
		).first();

		Assertions.assertNotNull(
			selected, view.getName() + ": the chosen method stays chosen");
		Assertions.assertEquals(
			String.valueOf(_YAM), selected.attr("value"),
			view.getName() + ": the chosen method stays chosen");
		Assertions.assertEquals(
			view.message("upcoming-pending-approval"),
			view.select(
				"table tbody tr"
			).get(
				1
			).select(
				"td"
			).get(
				3
			).text());
		Assertions.assertTrue(
			view.select(
				"a.btn[download]"
			).attr(
				"href"
			).contains(
				"trainingMethodId=" + _YAM
			),
			view.getName() + ": the export holds the filtered list");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aManagerOfSeveralUnitsChoosesOne(Locale locale)
		throws Exception {

		Organization hemtjanstNorr = _organization(
			_HEMTJANST_NORR, "Hemtjänst Norr");

		RenderedView view = _render(
			"chosen-unit",
			ViewRequest.in(
				locale
			).parameter(
				"organizationId", String.valueOf(_HEMTJANST_NORR)
			),
			Arrays.asList(_socialforvaltningen(), hemtjanstNorr),
			_memberTrainings().subList(0, 2));

		view.assertField("organizationId", view.message("unit"));

		Element selected = view.select(
			"#" + view.getNamespace() + "organizationId option[selected]"
		).first();

		Assertions.assertNotNull(selected, view.getName());
		Assertions.assertEquals(
			String.valueOf(_HEMTJANST_NORR), selected.attr("value"),
			view.getName() + ": the chosen unit stays chosen");

		view.assertText(
			view.message(
				"members-of-x-and-of-the-units-under-it", "Hemtjänst Norr")
		).assertTableRows(
			2
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aUnitWithoutMembersSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"empty", ViewRequest.in(locale),
			Collections.singletonList(_socialforvaltningen()),
			Collections.emptyList());

		view.assertText(
			view.message("there-are-no-members-in-this-unit")
		).assertNone(
			"table", "no table without rows"
		).assertNone(
			"a.btn[download]", "nothing to export"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void someoneWhoManagesNoUnitIsToldSoAndSeesNobody(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"refused-no-unit", ViewRequest.in(locale), Collections.emptyList(),
			_memberTrainings());

		view.assertAlert(
			"warning", view.message("you-do-not-manage-any-unit")
		).assertNone(
			"table", "nobody is listed"
		).assertNone(
			"form[role=search]", "there is nothing to filter"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aUnitTheReaderDoesNotManageIsRefused(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"refused-other-unit",
			ViewRequest.in(
				locale
			).parameter(
				"organizationId", "99999"
			),
			Collections.singletonList(_socialforvaltningen()), null);

		view.assertAlert(
			"warning", view.message("you-may-not-see-the-training-of-this-unit")
		).assertNone(
			"table", "nobody is listed"
		);

		_viewHarness.assertAccessible(view);
	}

	private static void _assertRow(
		RenderedView view, Element row, String name, String method,
		String completions, String upcoming) {

		Assertions.assertEquals(
			name, row.select("th").text(), view.getName() + ": name");

		Elements cells = row.select("td");

		Assertions.assertEquals(
			method, cells.get(0).text(), view.getName() + ": method of " + name);
		Assertions.assertEquals(
			completions, cells.get(1).text(),
			view.getName() + ": completions of " + name);
		Assertions.assertEquals(
			upcoming, cells.get(3).text(),
			view.getName() + ": coming up for " + name);
	}

	private static List<MemberTraining> _memberTrainings() {
		Date lastCompletion = Date.from(
			ZonedDateTime.parse(
				"2026-03-15T10:00:00+01:00[Europe/Stockholm]"
			).toInstant());

		return Arrays.asList(
			new MemberTraining(
				1, "Anna Andersson", _MHFA, 2, lastCompletion,
				UpcomingTraining.NONE),
			new MemberTraining(
				2, "Björn <b>Berg</b>", _MHFA, 0, null,
				UpcomingTraining.BOOKED),
			new MemberTraining(
				3, "Cecilia Cederlund", 0, 0, null, UpcomingTraining.NONE),
			new MemberTraining(
				4, "Dan Dahl", _YAM, 0, null, UpcomingTraining.WAITLISTED));
	}

	private static String _methodName(
		Locale locale, String swedishName, String englishName) {

		if (locale.equals(TrainingViews.SWEDISH)) {
			return swedishName;
		}

		return englishName;
	}

	private static Organization _organization(
		long organizationId, String name) {

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

	private static Organization _socialforvaltningen() {
		return _organization(_SOCIALFORVALTNINGEN, "Socialförvaltningen");
	}

	/**
	 * @param memberTrainings what the service answers for any unit the reader manages; null when it refuses
	 */
	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<Organization> managedOrganizations,
			List<MemberTraining> memberTrainings)
		throws Exception {

		RegistrationService registrationService = mock(
			RegistrationService.class);

		when(
			registrationService.getManagedOrganizations()
		).thenReturn(
			managedOrganizations
		);

		List<Long> managedOrganizationIds = new ArrayList<>();

		for (Organization organization : managedOrganizations) {
			managedOrganizationIds.add(organization.getOrganizationId());
		}

		when(
			registrationService.getUnitTraining(anyLong(), anyLong())
		).thenAnswer(
			invocation -> {
				long organizationId = invocation.getArgument(0);

				if ((memberTrainings == null) ||
					!managedOrganizationIds.contains(organizationId)) {

					throw new PrincipalException.MustHavePermission(
						0, Organization.class.getName(), organizationId,
						"APPROVE_REGISTRATION");
				}

				return memberTrainings;
			}
		);

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		List<TrainingMethod> trainingMethods = Arrays.asList(
			TrainingViews.trainingMethod(_MHFA, "MHFA Vuxen", "MHFA Adult"),
			TrainingViews.trainingMethod(_YAM, "YAM", "YAM"));

		when(
			trainingMethodService.searchTrainingMethods(
				eq(ViewHarness.COMPANY_GROUP_ID), any(), anyInt(), anyInt(),
				anyInt(), any())
		).thenReturn(
			trainingMethods
		);

		ViewUnitTrainingMVCRenderCommand renderCommand =
			new ViewUnitTrainingMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_registrationService", registrationService);
		TrainingViews.inject(
			renderCommand, "_trainingMethodService", trainingMethodService);

		return _viewHarness.render(
			"unit-training-view", state, viewRequest, renderCommand::render);
	}

	private static final long _HEMTJANST_NORR = 40302;

	private static final long _MHFA = 40001;

	private static final long _SOCIALFORVALTNINGEN = 40301;

	private static final long _YAM = 40002;

	private static ViewHarness _viewHarness;

}
