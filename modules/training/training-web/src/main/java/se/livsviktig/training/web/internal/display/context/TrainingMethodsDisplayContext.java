package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.List;
import java.util.Locale;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * What the course catalogue shows: the company's active training methods, a page at a time, and whether the
 * reader may add one. Methods live in the company's global site so every site lists the same catalogue.
 *
 * @author Livsviktig
 */
public class TrainingMethodsDisplayContext {

	public static final String SAVED_MESSAGE_KEY = "trainingMethodSaved";

	public TrainingMethodsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		TrainingMethodService trainingMethodService,
		PortletResourcePermission portletResourcePermission, int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_trainingMethodService = trainingMethodService;
		_portletResourcePermission = portletResourcePermission;
		_pageSize = pageSize;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);
	}

	public String getAddTrainingMethodURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.EDIT_TRAINING_METHOD
		).setRedirect(
			_getIteratorURL()
		).buildString();
	}

	public String getDescription(TrainingMethod trainingMethod) {
		return trainingMethod.getDescription(getLocale());
	}

	public String getEditTrainingMethodURL(TrainingMethod trainingMethod) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.EDIT_TRAINING_METHOD
		).setRedirect(
			_getIteratorURL()
		).setParameter(
			"trainingMethodId", trainingMethod.getTrainingMethodId()
		).buildString();
	}

	public Locale getLocale() {
		return _themeDisplay.getLocale();
	}

	public String getName(TrainingMethod trainingMethod) {
		return trainingMethod.getName(getLocale());
	}

	public Pagination getPagination() {
		SearchContainer<TrainingMethod> searchContainer = getSearchContainer();

		return new Pagination(
			searchContainer.getCur(), searchContainer.getDelta(),
			searchContainer.getTotal(), searchContainer.getIteratorURL(),
			searchContainer.getCurParam());
	}

	public SearchContainer<TrainingMethod> getSearchContainer() {
		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<TrainingMethod> searchContainer =
			new SearchContainer<>(
				_renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
				_pageSize, _getIteratorPortletURL(), null,
				"no-training-methods-yet");

		long groupId = _themeDisplay.getCompanyGroupId();

		searchContainer.setResultsAndTotal(
			() -> _trainingMethodService.getTrainingMethods(
				groupId, WorkflowConstants.STATUS_APPROVED,
				searchContainer.getStart(), searchContainer.getEnd()),
			_trainingMethodService.getTrainingMethodsCount(
				groupId, WorkflowConstants.STATUS_APPROVED));

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	public List<TrainingMethod> getTrainingMethods() {
		return getSearchContainer().getResults();
	}

	public boolean isShowAddTrainingMethodButton() {
		return _portletResourcePermission.contains(
			_themeDisplay.getPermissionChecker(),
			_themeDisplay.getCompanyGroupId(),
			TrainingActionKeys.ADD_TRAINING_METHOD);
	}

	public boolean isShowSavedMessage() {
		return SessionMessages.contains(_renderRequest, SAVED_MESSAGE_KEY);
	}

	private PortletURL _getIteratorPortletURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_TRAINING_METHODS
		).buildPortletURL();
	}

	private String _getIteratorURL() {
		return String.valueOf(getSearchContainer().getIteratorURL());
	}

	private final int _pageSize;
	private final PortletResourcePermission _portletResourcePermission;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SearchContainer<TrainingMethod> _searchContainer;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethodService _trainingMethodService;

}
