package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.web.internal.badge.ReviewBadges;
import se.livsviktig.careprogram.web.internal.badge.ReviewStatusReader;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.AdminCareProgramRow;
import se.livsviktig.careprogram.web.internal.display.context.AdminCareProgramsDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramListDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.careprogram.web.internal.display.context.PageLinks;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;

/**
 * The coordinators' programme list in Livsviktig – Vård- och insatsprogram, read through the remote service, with
 * the add and seed actions.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=/",
		"mvc.command.name=" + CareProgramMVCCommandNames.VIEW_ADMIN_CARE_PROGRAMS
	},
	service = MVCRenderCommand.class
)
public class ViewAdminCareProgramsMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		PortletURL iteratorURL = PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			CareProgramMVCCommandNames.VIEW_ADMIN_CARE_PROGRAMS
		).buildPortletURL();

		SearchContainer<CareProgram> searchContainer = new SearchContainer<>(
			renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
			ViewCareProgramsMVCRenderCommand.PAGE_SIZE, iteratorURL, null,
			null);

		long groupId = themeDisplay.getScopeGroupId();

		searchContainer.setResultsAndTotal(
			() -> _careProgramService.searchCarePrograms(
				groupId, null, 0, 0,
				CareProgramListDisplayContext.ANY_REVIEW_STATE,
				searchContainer.getStart(), searchContainer.getEnd()),
			_careProgramService.searchCareProgramsCount(
				groupId, null, 0, 0,
				CareProgramListDisplayContext.ANY_REVIEW_STATE));

		ReviewBadges reviewBadges = reviewBadges(renderRequest);
		ReviewStatusReader reviewStatusReader = reviewStatusReader(
			renderRequest);
		PeopleAndPlaces peopleAndPlaces = new PeopleAndPlaces(
			userLocalService, _organizationLocalService);

		List<AdminCareProgramRow> rows = new ArrayList<>();

		for (CareProgram careProgram : searchContainer.getResults()) {
			rows.add(
				new AdminCareProgramRow(
					careProgram.getTitle(themeDisplay.getLocale()),
					peopleAndPlaces.activeUserName(
						careProgram.getOwnerUserId()),
					careProgram.getReviewIntervalMonths(),
					reviewBadges.badge(reviewStatusReader.of(careProgram)),
					PortletURLBuilder.createRenderURL(
						renderResponse
					).setMVCRenderCommandName(
						CareProgramMVCCommandNames.EDIT_CARE_PROGRAM
					).setParameter(
						"careProgramId", careProgram.getCareProgramId()
					).buildString(),
					PortletURLBuilder.createRenderURL(
						renderResponse
					).setMVCRenderCommandName(
						CareProgramMVCCommandNames.VIEW_LOCAL_ROUTINES
					).setParameter(
						"careProgramId", careProgram.getCareProgramId()
					).buildString(),
					_deleteURL(
						renderResponse, themeDisplay.getPermissionChecker(),
						careProgram)));
		}

		renderRequest.setAttribute(
			CareProgramWebKeys.CARE_PROGRAMS_DISPLAY_CONTEXT,
			new AdminCareProgramsDisplayContext(
				rows, PageLinks.of(searchContainer), searchContainer.getTotal(),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.EDIT_CARE_PROGRAM
				).buildString(),
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					CareProgramMVCCommandNames.ADD_NATIONAL_CARE_PROGRAMS
				).buildString(),
				CareProgramMessages.getSuccessMessageKey(renderRequest)));

		return "/care_program_admin/view_care_programs.jsp";
	}

	/**
	 * @return the delete confirmation's URL, or null: the button is shown only to whoever may delete (the service
	 *         refuses the others all the same)
	 */
	private String _deleteURL(
			RenderResponse renderResponse, PermissionChecker permissionChecker,
			CareProgram careProgram)
		throws PortalException {

		if (!_careProgramModelResourcePermission.contains(
				permissionChecker, careProgram, ActionKeys.DELETE)) {

			return null;
		}

		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			CareProgramMVCCommandNames.CONFIRM_DELETE_CARE_PROGRAM
		).setParameter(
			"careProgramId", careProgram.getCareProgramId()
		).buildString();
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.careprogram.model.CareProgram)"
	)
	private ModelResourcePermission<CareProgram>
		_careProgramModelResourcePermission;

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
