package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFieldErrors;
import se.livsviktig.careprogram.web.internal.display.context.LocalRoutineFormDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.Option;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;
import se.livsviktig.careprogram.web.internal.display.context.PersonPickerDisplayContext;

/**
 * The add or edit routine form of a programme, read through the remote services: the routine is found among the
 * programme's routines, so a routine of another programme is not found.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE
	},
	service = MVCRenderCommand.class
)
public class EditLocalRoutineMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		CareProgram careProgram = _careProgramService.getCareProgram(
			ParamUtil.getLong(renderRequest, "careProgramId"));

		long localRoutineId = ParamUtil.getLong(
			renderRequest, "localRoutineId");

		String administrationName = null;
		String articleResourcePrimKey = "";
		String ownerEmailAddress = "";
		String reviewIntervalMonths = String.valueOf(
			EditCareProgramMVCRenderCommand.DEFAULT_REVIEW_INTERVAL_MONTHS);

		if (localRoutineId > 0) {
			LocalRoutine localRoutine = ProgramLocalRoutines.get(
				_localRoutineService, careProgram.getCareProgramId(),
				localRoutineId);

			administrationName = new PeopleAndPlaces(
				userLocalService, _organizationLocalService
			).administrationName(
				localRoutine.getOrganizationId()
			);

			if (localRoutine.getArticleResourcePrimKey() > 0) {
				articleResourcePrimKey = String.valueOf(
					localRoutine.getArticleResourcePrimKey());
			}

			User owner = userLocalService.fetchUser(
				localRoutine.getOwnerUserId());

			if (owner != null) {
				ownerEmailAddress = owner.getEmailAddress();
			}

			reviewIntervalMonths = String.valueOf(
				localRoutine.getReviewIntervalMonths());
		}

		renderRequest.setAttribute(
			CareProgramWebKeys.LOCAL_ROUTINE_FORM_DISPLAY_CONTEXT,
			new LocalRoutineFormDisplayContext(
				renderRequest, careProgram.getTitle(themeDisplay.getLocale()),
				careProgram.getCareProgramId(), localRoutineId,
				administrationName,
				_organizationOptions(
					themeDisplay,
					ParamUtil.getLong(renderRequest, "organizationId")),
				articleResourcePrimKey, ownerEmailAddress,
				reviewIntervalMonths,
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE
				).buildString(),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.VIEW_LOCAL_ROUTINES
				).setParameter(
					"careProgramId", careProgram.getCareProgramId()
				).buildString(),
				CareProgramFieldErrors.of(
					renderRequest,
					CareProgramFieldErrors.LOCAL_ROUTINE_FORM_ERRORS),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.PICK_PERSON
				).setParameter(
					"careProgramId", careProgram.getCareProgramId()
				).setParameter(
					"localRoutineId", localRoutineId
				).setParameter(
					"role", PersonPickerDisplayContext.ROLE_ROUTINE_OWNER
				).buildString()));

		return "/care_program_admin/edit_local_routine.jsp";
	}

	private List<Option> _organizationOptions(
		ThemeDisplay themeDisplay, long selectedOrganizationId) {

		List<Organization> organizations = new ArrayList<>(
			_organizationLocalService.getOrganizations(
				themeDisplay.getCompanyId(),
				OrganizationConstants.ANY_PARENT_ORGANIZATION_ID));

		organizations.sort(
			Comparator.comparing(
				Organization::getName,
				Collator.getInstance(themeDisplay.getLocale())));

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated(
				"0", "choose-an-administration", selectedOrganizationId <= 0));

		for (Organization organization : organizations) {
			options.add(
				Option.named(
					String.valueOf(organization.getOrganizationId()),
					organization.getName(),
					organization.getOrganizationId() ==
						selectedOrganizationId));
		}

		return options;
	}

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private LocalRoutineService _localRoutineService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
