package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFieldErrors;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFormDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFormValues;
import se.livsviktig.careprogram.web.internal.display.context.Option;
import se.livsviktig.careprogram.web.internal.display.context.PersonPickerDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.TargetGroups;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The add or edit programme form of Livsviktig – Vård- och insatsprogram. An existing programme is read through
 * the remote service, so a coordinator without the permission gets the error page.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.EDIT_CARE_PROGRAM
	},
	service = MVCRenderCommand.class
)
public class EditCareProgramMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	/**
	 * A new programme's review interval, as a local routine's: a year.
	 */
	public static final int DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

	public static final Locale ENGLISH = Locale.US;

	public static final Locale SWEDISH = new Locale("sv", "SE");

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long careProgramId = ParamUtil.getLong(renderRequest, "careProgramId");

		CareProgramFormValues storedValues = new CareProgramFormValues(
			"", "", "", "", "", String.valueOf(DEFAULT_REVIEW_INTERVAL_MONTHS),
			"");
		Set<Long> storedTargetGroupIds = new HashSet<>();
		Set<Long> storedMethodIds = new HashSet<>();

		if (careProgramId > 0) {
			CareProgram careProgram = _careProgramService.getCareProgram(
				careProgramId);

			storedValues = _storedValues(careProgram);

			for (long assetCategoryId :
					_careProgramService.getTargetGroupCategoryIds(
						careProgramId)) {

				storedTargetGroupIds.add(assetCategoryId);
			}

			for (long methodId :
					_careProgramService.getMethodIds(careProgramId)) {

				storedMethodIds.add(methodId);
			}
		}

		boolean submitted = ParamUtil.getBoolean(renderRequest, "submitted");

		TargetGroups targetGroups = new TargetGroups(
			_careProgramLocalService, _assetCategoryLocalService);

		renderRequest.setAttribute(
			CareProgramWebKeys.CARE_PROGRAM_FORM_DISPLAY_CONTEXT,
			new CareProgramFormDisplayContext(
				renderRequest, careProgramId, storedValues,
				targetGroups.hasVocabulary(themeDisplay.getScopeGroupId()),
				_targetGroupOptions(
					themeDisplay, targetGroups,
					submitted ?
						_ids(renderRequest, "targetGroupCategoryIds") :
							storedTargetGroupIds),
				_methodOptions(
					themeDisplay,
					submitted ? _ids(renderRequest, "methodIds") :
						storedMethodIds),
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					CareProgramMVCCommandNames.EDIT_CARE_PROGRAM
				).buildString(),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.VIEW_ADMIN_CARE_PROGRAMS
				).buildString(),
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					CareProgramMVCCommandNames.ADD_TARGET_GROUP_VOCABULARY
				).buildString(),
				CareProgramFieldErrors.of(
					renderRequest,
					CareProgramFieldErrors.CARE_PROGRAM_FORM_ERRORS),
				_pickPersonURL(
					renderResponse, careProgramId,
					PersonPickerDisplayContext.ROLE_OWNER),
				_pickPersonURL(
					renderResponse, careProgramId,
					PersonPickerDisplayContext.ROLE_CONTACT)));

		return "/care_program_admin/edit_care_program.jsp";
	}

	private String _emailAddress(long userId) {
		if (userId <= 0) {
			return "";
		}

		User user = userLocalService.fetchUser(userId);

		if (user == null) {
			return "";
		}

		return user.getEmailAddress();
	}

	private Set<Long> _ids(RenderRequest renderRequest, String name) {
		Set<Long> ids = new HashSet<>();

		// The portlet request's own values: the portal's ParamUtil reads them through the servlet request.

		for (long id :
				GetterUtil.getLongValues(
					renderRequest.getParameterValues(name), new long[0])) {

			ids.add(id);
		}

		return ids;
	}

	private List<Option> _methodOptions(
		ThemeDisplay themeDisplay, Set<Long> selectedIds) {

		List<Option> options = new ArrayList<>();

		for (TrainingMethod trainingMethod :
				_trainingMethodService.getTrainingMethods(
					themeDisplay.getCompanyGroupId(),
					WorkflowConstants.STATUS_APPROVED, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS)) {

			options.add(
				Option.named(
					String.valueOf(trainingMethod.getTrainingMethodId()),
					trainingMethod.getName(themeDisplay.getLocale()),
					selectedIds.contains(
						trainingMethod.getTrainingMethodId())));
		}

		return options;
	}

	private CareProgramFormValues _storedValues(CareProgram careProgram)
		throws PortalException {

		List<String> contactEmailAddresses = new ArrayList<>();

		for (long contactUserId :
				_careProgramService.getContactUserIds(
					careProgram.getCareProgramId())) {

			String emailAddress = _emailAddress(contactUserId);

			if (!emailAddress.isEmpty()) {
				contactEmailAddresses.add(emailAddress);
			}
		}

		return new CareProgramFormValues(
			careProgram.getTitle(SWEDISH, false),
			careProgram.getTitle(ENGLISH, false),
			(careProgram.getArticleResourcePrimKey() > 0) ?
				String.valueOf(careProgram.getArticleResourcePrimKey()) : "",
			careProgram.getNationalURL(),
			_emailAddress(careProgram.getOwnerUserId()),
			String.valueOf(careProgram.getReviewIntervalMonths()),
			String.join("\n", contactEmailAddresses));
	}

	private String _pickPersonURL(
		RenderResponse renderResponse, long careProgramId, String role) {

		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			CareProgramMVCCommandNames.PICK_PERSON
		).setParameter(
			"careProgramId", careProgramId
		).setParameter(
			"role", role
		).buildString();
	}

	private List<Option> _targetGroupOptions(
		ThemeDisplay themeDisplay, TargetGroups targetGroups,
		Set<Long> selectedIds) {

		List<Option> options = new ArrayList<>();

		for (AssetCategory assetCategory :
				targetGroups.getCategories(themeDisplay.getScopeGroupId())) {

			options.add(
				Option.named(
					String.valueOf(assetCategory.getCategoryId()),
					assetCategory.getTitle(themeDisplay.getLocale()),
					selectedIds.contains(assetCategory.getCategoryId())));
		}

		return options;
	}

	@Reference
	private AssetCategoryLocalService _assetCategoryLocalService;

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
