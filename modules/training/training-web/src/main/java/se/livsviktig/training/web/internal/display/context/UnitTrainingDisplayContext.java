package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.platform.web.GetFormTarget;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * Min enhets utbildning: for a manager, the members of a unit they may approve for (and of the units under it),
 * each with what they have completed per method and when, and what is coming; filtered by method, a page at a
 * time, with the same list as CSV and XLSX. A manager of several units chooses one. Someone who manages no unit,
 * or asks for one they do not manage, is told so and sees nobody.
 *
 * @author Livsviktig
 */
public class UnitTrainingDisplayContext {

	public UnitTrainingDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		RegistrationService registrationService,
		UnitTrainingReader unitTrainingReader, int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_registrationService = registrationService;
		_unitTrainingReader = unitTrainingReader;
		_pageSize = pageSize;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);
	}

	public String getExportCsvURL() throws PortalException {
		return _getExportURL(TrainingMVCCommandNames.EXPORT_UNIT_TRAINING_CSV);
	}

	public String getExportXlsxURL() throws PortalException {
		return _getExportURL(TrainingMVCCommandNames.EXPORT_UNIT_TRAINING_XLSX);
	}

	/**
	 * @return the Language key that says why nobody is listed, or null when the unit may be shown
	 */
	public String getRefusalKey() throws PortalException {
		if (_getManagedOrganizations().isEmpty()) {
			return "you-do-not-manage-any-unit";
		}

		_getSearchContainer();

		if (_refused) {
			return "you-may-not-see-the-training-of-this-unit";
		}

		return null;
	}

	public List<SelectOption> getOrganizationOptions() throws PortalException {
		List<SelectOption> options = new ArrayList<>();

		long organizationId = getOrganizationId();

		for (Organization organization : _getManagedOrganizations()) {
			options.add(
				SelectOption.ofName(
					String.valueOf(organization.getOrganizationId()),
					organization.getName(),
					organization.getOrganizationId() == organizationId));
		}

		return options;
	}

	/**
	 * @return the unit asked for, else the first the manager manages, else 0
	 */
	public long getOrganizationId() throws PortalException {
		long organizationId = ParamUtil.getLong(
			_renderRequest, "organizationId");

		if (organizationId > 0) {
			return organizationId;
		}

		List<Organization> organizations = _getManagedOrganizations();

		if (organizations.isEmpty()) {
			return 0;
		}

		return organizations.get(
			0
		).getOrganizationId();
	}

	/**
	 * @return the chosen unit's name, or "" when the manager does not manage it
	 */
	public String getOrganizationName() throws PortalException {
		long organizationId = getOrganizationId();

		for (Organization organization : _getManagedOrganizations()) {
			if (organization.getOrganizationId() == organizationId) {
				return organization.getName();
			}
		}

		return "";
	}

	public Pagination getPagination() throws PortalException {
		SearchContainer<UnitTrainingRow> searchContainer =
			_getSearchContainer();

		return new Pagination(
			searchContainer.getCur(), searchContainer.getDelta(),
			searchContainer.getTotal(), searchContainer.getIteratorURL(),
			searchContainer.getCurParam());
	}

	public List<UnitTrainingRow> getRows() throws PortalException {
		return _getSearchContainer().getResults();
	}

	/**
	 * @return where the filter form (a GET form, since it changes nothing) sends the reader: the page's URL
	 *         without its query, which {@link #getSearchHiddenParameters()} repeats
	 */
	public String getSearchActionURL() {
		return new GetFormTarget(
			_getViewURL(
			).toString()
		).getAction();
	}

	public Map<String, String> getSearchHiddenParameters() {
		return new GetFormTarget(
			_getViewURL(
			).toString()
		).getHiddenParameters();
	}

	public int getTotal() throws PortalException {
		return _getSearchContainer().getTotal();
	}

	public long getTrainingMethodId() {
		return ParamUtil.getLong(_renderRequest, "trainingMethodId");
	}

	/**
	 * @return every method, the chosen one selected; "every method" is the view's first option
	 */
	public List<SelectOption> getTrainingMethodOptions() {
		List<SelectOption> options = new ArrayList<>();

		long trainingMethodId = getTrainingMethodId();

		for (TrainingMethod trainingMethod :
				_unitTrainingReader.getTrainingMethods(
				).values()) {

			options.add(
				SelectOption.ofName(
					String.valueOf(trainingMethod.getTrainingMethodId()),
					trainingMethod.getName(_themeDisplay.getLocale()),
					trainingMethod.getTrainingMethodId() == trainingMethodId));
		}

		return options;
	}

	/**
	 * @return whether the manager manages more than one unit, so that the page offers the choice
	 */
	public boolean isOrganizationChoice() throws PortalException {
		if (_getManagedOrganizations().size() > 1) {
			return true;
		}

		return false;
	}

	private String _getExportURL(String resourceID) throws PortalException {
		return ResourceURLBuilder.createResourceURL(
			_renderResponse
		).setParameter(
			"organizationId", getOrganizationId()
		).setParameter(
			"trainingMethodId", getTrainingMethodId()
		).setResourceID(
			resourceID
		).buildString();
	}

	private List<Organization> _getManagedOrganizations()
		throws PortalException {

		if (_managedOrganizations == null) {
			_managedOrganizations = _registrationService.getManagedOrganizations();
		}

		return _managedOrganizations;
	}

	private SearchContainer<UnitTrainingRow> _getSearchContainer()
		throws PortalException {

		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<UnitTrainingRow> searchContainer =
			new SearchContainer<>(
				_renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
				_pageSize, _getViewURL(), null,
				"there-are-no-members-in-this-unit");

		List<UnitTrainingRow> rows = _readRows();

		searchContainer.setResultsAndTotal(
			() -> rows.subList(
				Math.min(searchContainer.getStart(), rows.size()),
				Math.min(searchContainer.getEnd(), rows.size())),
			rows.size());

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	private PortletURL _getViewURL() {
		PortletURL portletURL = PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_UNIT_TRAINING
		).buildPortletURL();

		MutableRenderParameters renderParameters =
			portletURL.getRenderParameters();

		long organizationId = ParamUtil.getLong(
			_renderRequest, "organizationId");

		if (organizationId > 0) {
			renderParameters.setValue(
				"organizationId", String.valueOf(organizationId));
		}

		if (getTrainingMethodId() > 0) {
			renderParameters.setValue(
				"trainingMethodId", String.valueOf(getTrainingMethodId()));
		}

		return portletURL;
	}

	/**
	 * The whole list is read once: a unit is tens or hundreds of people, and the exports need all of it anyway.
	 */
	private List<UnitTrainingRow> _readRows() throws PortalException {
		long organizationId = getOrganizationId();

		if (organizationId <= 0) {
			return Collections.emptyList();
		}

		try {
			return _unitTrainingReader.read(
				organizationId, getTrainingMethodId());
		}
		catch (PrincipalException principalException) {
			_refused = true;

			return Collections.emptyList();
		}
	}

	private List<Organization> _managedOrganizations;
	private final int _pageSize;
	private boolean _refused;
	private final RegistrationService _registrationService;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SearchContainer<UnitTrainingRow> _searchContainer;
	private final ThemeDisplay _themeDisplay;
	private final UnitTrainingReader _unitTrainingReader;

}
