package se.livsviktig.careprogram.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentMatchers;

import se.livsviktig.careprogram.constants.CareProgramErrorKeys;
import se.livsviktig.careprogram.exception.ContentOwnerException;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.portlet.action.PickPersonMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The people picker, rendered by its real render command: a labelled GET search, the people found with name,
 * e-mail address and organisations, each chosen by a POST of their user id; "nobody matches"; and the service's
 * refusal of a choice in the reader's language; the same picker chooses a routine's owner.
 *
 * @author Livsviktig
 */
public class PersonPickerViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void theSearchIsALabelledGetForm(Locale locale) throws Exception {
		RenderedView view = _render(
			"search", ViewRequest.in(locale), "owner", "");

		view.assertField("keywords", view.message("search-people"));

		view.assertHeading(
			2,
			view.message(
				"choose-the-owner-of-x",
				(locale == CareProgramViews.SWEDISH) ?
					"Depression och ångest" : "Depression and anxiety")
		).assertButton(
			view.message("search")
		).assertLink(
			view.message("back"), "edit_care_program"
		);

		Assertions.assertEquals("get", view.select("form").attr("method"));
		Assertions.assertTrue(view.select("table").isEmpty());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void thePeopleFoundAreChosenByAPost(Locale locale) throws Exception {
		RenderedView view = _render(
			"results", ViewRequest.in(locale), "contact", "anna");

		view.assertHeading(
			2,
			view.message(
				"add-a-contact-to-x",
				(locale == CareProgramViews.SWEDISH) ?
					"Depression och ångest" : "Depression and anxiety")
		).assertTableRows(
			2
		).assertFieldValue(
			"keywords", "anna"
		);

		Elements rows = view.select("tbody tr");

		Assertions.assertTrue(rows.get(0).text().contains("Anna Andersson"));
		Assertions.assertTrue(rows.get(0).text().contains("anna@kommun.se"));
		Assertions.assertTrue(
			rows.get(
				0
			).text(
			).contains(
				"Socialförvaltningen, Vård- och omsorgsförvaltningen"
			));

		Element chooseForm = rows.get(
			1
		).select(
			"form"
		).first();

		Assertions.assertEquals("post", chooseForm.attr("method"));
		Assertions.assertTrue(
			chooseForm.attr(
				"action"
			).contains(
				"choose_person"
			));
		Assertions.assertEquals(
			"305",
			chooseForm.select(
				"input[name=" + view.getNamespace() + "userId]"
			).val());
		Assertions.assertEquals(
			"contact",
			chooseForm.select(
				"input[name=" + view.getNamespace() + "role]"
			).val());
		Assertions.assertEquals(
			view.message("choose") + " Anna <Berg>",
			chooseForm.select(
				"button"
			).text());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void nobodyFoundSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"no-match", ViewRequest.in(locale), "owner", "zzz");

		view.assertText(view.message("nobody-matches-the-search"));

		Assertions.assertTrue(view.select("table").isEmpty());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aRefusedChoiceIsExplained(Locale locale) throws Exception {
		RenderedView view = _render(
			"refused",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, ContentOwnerException.class)
			),
			"owner", "anna");

		view.assertAlert(
			"danger",
			view.message(
				CareProgramErrorKeys.getErrorKey(ContentOwnerException.class)));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aRoutinesOwnerIsChosenForItsAdministration(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"routine-owner",
			ViewRequest.in(
				locale
			).parameter(
				"localRoutineId", "11"
			),
			"routineOwner", "anna");

		view.assertHeading(
			2,
			view.message(
				"choose-the-owner-of-x",
				((locale == CareProgramViews.SWEDISH) ?
					"Depression och ångest" : "Depression and anxiety") +
						" – Vård- och omsorgsförvaltningen")
		).assertTableRows(
			2
		).assertLink(
			view.message("back"), "edit_local_routine"
		);

		Element chooseForm = view.select(
			"tbody tr form"
		).first();

		Assertions.assertEquals("post", chooseForm.attr("method"));
		Assertions.assertEquals(
			"routineOwner",
			chooseForm.select(
				"input[name=" + view.getNamespace() + "role]"
			).val());
		Assertions.assertEquals(
			"11",
			chooseForm.select(
				"input[name=" + view.getNamespace() + "localRoutineId]"
			).val());

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest, String role,
			String keywords)
		throws Exception {

		CareProgram careProgram = CareProgramViews.careProgram(
			1, "Depression och ångest", "Depression and anxiety",
			CareProgramViews.OWNER_USER_ID, null, null);

		CareProgramService careProgramService = mock(CareProgramService.class);

		when(
			careProgramService.getCareProgram(1)
		).thenReturn(
			careProgram
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		List<User> found = List.of(
			_user(301, "Anna Andersson", "anna@kommun.se"),
			_user(305, "Anna <Berg>", "anna.berg@kommun.se"));

		when(
			userLocalService.search(
				eq(ViewHarness.COMPANY_ID), eq("anna"), anyInt(), any(),
				anyInt(), anyInt(),
				ArgumentMatchers.<OrderByComparator<User>>isNull())
		).thenReturn(
			found
		);

		OrganizationLocalService organizationLocalService =
			CareProgramViews.organizationLocalService();

		List<Organization> organizations = List.of(
			organizationLocalService.fetchOrganization(
				CareProgramViews.SOCIAL_ID),
			organizationLocalService.fetchOrganization(
				CareProgramViews.VARD_ID));

		when(
			organizationLocalService.getUserOrganizations(301)
		).thenReturn(
			organizations
		);

		PickPersonMVCRenderCommand renderCommand = CareProgramViews.inject(
			new PickPersonMVCRenderCommand());

		Fields.set(renderCommand, "userLocalService", userLocalService);
		Fields.set(renderCommand, "_careProgramService", careProgramService);

		LocalRoutine localRoutine = CareProgramViews.localRoutine(
			11, 1, CareProgramViews.VARD_ID, CareProgramViews.OWNER_USER_ID,
			null, null);

		LocalRoutineService localRoutineService = mock(
			LocalRoutineService.class);

		when(
			localRoutineService.getCareProgramLocalRoutines(1)
		).thenReturn(
			List.of(localRoutine)
		);

		Fields.set(renderCommand, "_localRoutineService", localRoutineService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			organizationLocalService);

		return _viewHarness.render(
			"pick_person", state,
			viewRequest.parameter(
				"careProgramId", "1"
			).parameter(
				"role", role
			).parameter(
				"keywords", keywords
			),
			renderCommand::render);
	}

	private static User _user(
		long userId, String fullName, String emailAddress) {

		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.getFullName()
		).thenReturn(
			fullName
		);
		when(
			user.getEmailAddress()
		).thenReturn(
			emailAddress
		);
		when(
			user.isActive()
		).thenReturn(
			true
		);

		return user;
	}

	private static ViewHarness _viewHarness;

}
