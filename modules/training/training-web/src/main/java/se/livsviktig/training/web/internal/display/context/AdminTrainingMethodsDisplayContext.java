package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The Methods tab of Livsviktig – Utbildning: the company's training methods (they live in the global site,
 * shared by every site), searched by name in any language, active or archived. Methods are edited with the
 * course catalogue's form, registered for this portlet too.
 *
 * @author Livsviktig
 */
public class AdminTrainingMethodsDisplayContext
	extends BaseAdminListDisplayContext<TrainingMethod> {

	public static final String ARCHIVED_MESSAGE_KEY = "trainingMethodArchived";

	public static final String RESTORED_MESSAGE_KEY = "trainingMethodRestored";

	public AdminTrainingMethodsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		TrainingMethodService trainingMethodService,
		PortletResourcePermission portletResourcePermission, int pageSize) {

		super(renderRequest, renderResponse, pageSize);

		_trainingMethodService = trainingMethodService;
		_portletResourcePermission = portletResourcePermission;
	}

	public String getAddURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.EDIT_TRAINING_METHOD
		).setRedirect(
			String.valueOf(getSearchContainer().getIteratorURL())
		).buildString();
	}

	public String getEditURL(TrainingMethod trainingMethod) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.EDIT_TRAINING_METHOD
		).setRedirect(
			String.valueOf(getSearchContainer().getIteratorURL())
		).setParameter(
			"trainingMethodId", trainingMethod.getTrainingMethodId()
		).buildString();
	}

	@Override
	public String getMVCRenderCommandName() {
		return TrainingMVCCommandNames.ADMIN_VIEW_TRAINING_METHODS;
	}

	public String getName(TrainingMethod trainingMethod) {
		return trainingMethod.getName(getLocale());
	}

	public boolean isShowAddButton() {
		return _portletResourcePermission.contains(
			themeDisplay.getPermissionChecker(),
			themeDisplay.getCompanyGroupId(),
			TrainingActionKeys.ADD_TRAINING_METHOD);
	}

	@Override
	protected int count() {
		return _trainingMethodService.searchTrainingMethodsCount(
			themeDisplay.getCompanyGroupId(), getKeywords(), getStatus());
	}

	@Override
	protected String getDefaultOrderByCol() {
		return "createDate";
	}

	@Override
	protected Map<String, String> getOrderByColumns() {
		Map<String, String> columns = new LinkedHashMap<>();

		columns.put("createDate", "created");
		columns.put("modifiedDate", "last-changed");

		return columns;
	}

	@Override
	protected String getPrimaryKeyColumn() {
		return "trainingMethodId";
	}

	@Override
	protected Map<String, String> getSuccessMessages() {
		return Map.of(
			ARCHIVED_MESSAGE_KEY, "the-training-method-was-archived",
			RESTORED_MESSAGE_KEY, "the-training-method-is-active-again",
			TrainingMethodsDisplayContext.SAVED_MESSAGE_KEY,
			"the-training-method-was-saved");
	}

	@Override
	protected Map<Integer, String> getStatusLabelKeys() {
		Map<Integer, String> statusLabelKeys = new LinkedHashMap<>();

		statusLabelKeys.put(WorkflowConstants.STATUS_APPROVED, "active");
		statusLabelKeys.put(WorkflowConstants.STATUS_INACTIVE, "archived");

		return statusLabelKeys;
	}

	@Override
	protected List<TrainingMethod> search(
		int start, int end,
		ColumnOrderByComparator<TrainingMethod> orderByComparator) {

		return _trainingMethodService.searchTrainingMethods(
			themeDisplay.getCompanyGroupId(), getKeywords(), getStatus(), start,
			end, orderByComparator);
	}

	private final PortletResourcePermission _portletResourcePermission;
	private final TrainingMethodService _trainingMethodService;

}
