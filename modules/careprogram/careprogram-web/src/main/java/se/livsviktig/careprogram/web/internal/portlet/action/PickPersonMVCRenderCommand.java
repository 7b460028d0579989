package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramErrorKeys;
import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.exception.CareProgramContactException;
import se.livsviktig.careprogram.exception.ContentOwnerException;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;
import se.livsviktig.careprogram.web.internal.display.context.PeopleSearch;
import se.livsviktig.careprogram.web.internal.display.context.PersonPickerDisplayContext;

/**
 * The people picker a programme's owner and contacts, and a routine's owner, are chosen with, written without the portal's React item
 * selector: a labelled GET search of the company's active people, each found person with a button that posts
 * their user id (ChoosePersonMVCActionCommand). The programme is read through the remote service, so a
 * coordinator who may not view it gets the error page.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.PICK_PERSON
	},
	service = MVCRenderCommand.class
)
public class PickPersonMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		CareProgram careProgram = _careProgramService.getCareProgram(
			ParamUtil.getLong(renderRequest, "careProgramId"));

		String role = PersonPickerDisplayContext.role(
			ParamUtil.getString(renderRequest, "role"));

		long localRoutineId = 0;
		String title = careProgram.getTitle(themeDisplay.getLocale());

		String backURL = PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			CareProgramMVCCommandNames.EDIT_CARE_PROGRAM
		).setParameter(
			"careProgramId", careProgram.getCareProgramId()
		).buildString();

		if (role.equals(PersonPickerDisplayContext.ROLE_ROUTINE_OWNER)) {
			LocalRoutine localRoutine = ProgramLocalRoutines.get(
				_localRoutineService, careProgram.getCareProgramId(),
				ParamUtil.getLong(renderRequest, "localRoutineId"));

			localRoutineId = localRoutine.getLocalRoutineId();
			title = title + " – " +
				new PeopleAndPlaces(
					userLocalService, _organizationLocalService
				).administrationName(
					localRoutine.getOrganizationId()
				);

			backURL = PortletURLBuilder.createRenderURL(
				renderResponse
			).setMVCRenderCommandName(
				CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE
			).setParameter(
				"careProgramId", careProgram.getCareProgramId()
			).setParameter(
				"localRoutineId", localRoutineId
			).buildString();
		}

		String keywords = ParamUtil.getString(renderRequest, "keywords");

		renderRequest.setAttribute(
			CareProgramWebKeys.PERSON_PICKER_DISPLAY_CONTEXT,
			new PersonPickerDisplayContext(
				careProgram.getCareProgramId(), localRoutineId, title, role,
				keywords,
				new PeopleSearch(
					userLocalService, _organizationLocalService
				).search(
					themeDisplay.getCompanyId(), keywords
				),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.PICK_PERSON
				).setParameter(
					"careProgramId", careProgram.getCareProgramId()
				).setParameter(
					"localRoutineId", localRoutineId
				).setParameter(
					"role", role
				).buildString(),
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					CareProgramMVCCommandNames.CHOOSE_PERSON
				).buildString(),
				backURL, _errorKey(renderRequest)));

		return "/care_program_admin/pick_person.jsp";
	}

	private String _errorKey(RenderRequest renderRequest) {
		for (Class<? extends PortalException> exceptionClass :
				List.of(
					ContentOwnerException.class,
					CareProgramContactException.class)) {

			if (SessionErrors.contains(renderRequest, exceptionClass)) {
				return CareProgramErrorKeys.getErrorKey(exceptionClass);
			}
		}

		return null;
	}

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private LocalRoutineService _localRoutineService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
