package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.search.BaseModelSearchResult;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.platform.web.GetFormTarget;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The certifications list of Livsviktig – Instruktörer: the filters (training method, state, expiring within a
 * number of days, holder name, licence standing at risk or lapsed) read from the GET form's parameters and kept in every page link, and one page of
 * rows, filtered, counted and paged by the remote service in the database.
 *
 * @author Livsviktig
 */
public class CertificationsDisplayContext {

	public static final int[] EXPIRING_WITHIN_DAYS = {30, 60, 90, 180};

	/**
	 * The licence standings the list filters by: those a coordinator acts on.
	 */
	public static final InstructorStanding[] STANDINGS = {
		InstructorStanding.AT_RISK, InstructorStanding.LAPSED
	};

	public static final String SUCCESS_MESSAGE_KEY = "certificationAdded";

	public CertificationsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CertificationService certificationService,
		TrainingMethodService trainingMethodService,
		CertificationRows certificationRows, int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_certificationService = certificationService;
		_trainingMethodService = trainingMethodService;
		_certificationRows = certificationRows;
		_pageSize = pageSize;

		_certificationURLs = new CertificationURLs(renderResponse);

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);
	}

	public String getAddURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			InstructorMVCCommandNames.ADD_CERTIFICATION
		).buildString();
	}

	/**
	 * @return the list without any filter, for "Clear filters"
	 */
	public String getClearURL() {
		return _certificationURLs.getListURL();
	}

	public int getExpiringWithinDays() {
		return ParamUtil.getInteger(_renderRequest, "expiringWithinDays");
	}

	public List<Option> getExpiringWithinDaysOptions() {
		int expiringWithinDays = getExpiringWithinDays();

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated("0", "any-expiry-date", expiringWithinDays <= 0));

		for (int days : EXPIRING_WITHIN_DAYS) {
			options.add(
				Option.translated(
					String.valueOf(days), "within-x-days",
					days == expiringWithinDays, days));
		}

		return options;
	}

	public CertificationURLs getCertificationURLs() {
		return _certificationURLs;
	}

	public String getHolderName() {
		return ParamUtil.getString(_renderRequest, "holderName");
	}

	public List<PageLink> getPageLinks() throws PortalException {
		SearchContainer<Certification> searchContainer = getSearchContainer();

		int pageCount = Math.max(
			1,
			((searchContainer.getTotal() - 1) / searchContainer.getDelta()) +
				1);

		List<PageLink> pageLinks = new ArrayList<>();

		if (pageCount == 1) {
			return pageLinks;
		}

		PortletURL iteratorURL = searchContainer.getIteratorURL();

		for (int page = 1; page <= pageCount; page++) {
			iteratorURL.getRenderParameters(
			).setValue(
				searchContainer.getCurParam(), String.valueOf(page)
			);

			pageLinks.add(
				new PageLink(
					page, page == searchContainer.getCur(),
					iteratorURL.toString()));
		}

		return pageLinks;
	}

	public List<CertificationRow> getRows() throws PortalException {
		return _certificationRows.toRows(getSearchContainer().getResults());
	}

	/**
	 * @throws PortalException when the reader may not manage certifications (the remote service refuses)
	 */
	public SearchContainer<Certification> getSearchContainer()
		throws PortalException {

		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<Certification> searchContainer = new SearchContainer<>(
			_renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
			_pageSize, _getIteratorURL(), null, null);

		BaseModelSearchResult<Certification> baseModelSearchResult =
			_certificationService.searchCertifications(
				getTrainingMethodId(), getState(), getExpiringWithinDays(),
				getHolderName(), getStanding(), searchContainer.getStart(),
				searchContainer.getEnd());

		searchContainer.setResultsAndTotal(
			baseModelSearchResult::getBaseModels,
			baseModelSearchResult.getLength());

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	/**
	 * @return the address the GET search form submits to: the list's URL without its query (a browser drops a
	 *         GET form's query), whose parameters the form repeats as hidden inputs
	 */
	public String getSearchActionURL() {
		return new GetFormTarget(getClearURL()).getAction();
	}

	public Map<String, String> getSearchHiddenParameters() {
		return new GetFormTarget(getClearURL()).getHiddenParameters();
	}

	/**
	 * @return the licence standing filter, {@code AT_RISK} or {@code LAPSED}, or blank for none
	 */
	public String getStanding() {
		String standing = ParamUtil.getString(_renderRequest, "standing");

		for (InstructorStanding instructorStanding : STANDINGS) {
			if (instructorStanding.name().equals(standing)) {
				return standing;
			}
		}

		return StringPool.BLANK;
	}

	public List<Option> getStandingOptions() {
		String standing = getStanding();

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated(
				StringPool.BLANK, "any-licence-standing", standing.isEmpty()));

		for (InstructorStanding instructorStanding : STANDINGS) {
			options.add(
				Option.translated(
					instructorStanding.name(),
					LicenceStandingRows.standingLabelKey(instructorStanding),
					standing.equals(instructorStanding.name())));
		}

		return options;
	}

	public int getState() {
		return ParamUtil.getInteger(
			_renderRequest, "state", CertificationConstants.STATE_ANY);
	}

	public List<Option> getStateOptions() {
		int state = getState();

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated(
				String.valueOf(CertificationConstants.STATE_ANY), "any-state",
				state == CertificationConstants.STATE_ANY));

		for (int value :
				new int[] {
					CertificationConstants.STATE_ACTIVE,
					CertificationConstants.STATE_LAPSED,
					CertificationConstants.STATE_REVOKED
				}) {

			options.add(
				Option.translated(
					String.valueOf(value),
					CertificationRows.stateLabelKey(value), value == state));
		}

		return options;
	}

	/**
	 * @return the language key of what the last action did, or null
	 */
	public String getSuccessMessageKey() {
		if (SessionMessages.contains(_renderRequest, SUCCESS_MESSAGE_KEY)) {
			return "the-certification-was-added";
		}

		return null;
	}

	public int getTotal() throws PortalException {
		return getSearchContainer().getTotal();
	}

	public long getTrainingMethodId() {
		return ParamUtil.getLong(_renderRequest, "trainingMethodId");
	}

	/**
	 * @return the company's active training methods, for the filter
	 */
	public List<Option> getTrainingMethodOptions() {
		long trainingMethodId = getTrainingMethodId();

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated("0", "all-training-methods", trainingMethodId <= 0));

		for (TrainingMethod trainingMethod :
				_trainingMethodService.getTrainingMethods(
					_themeDisplay.getCompanyGroupId(),
					WorkflowConstants.STATUS_APPROVED, 0, Integer.MAX_VALUE)) {

			options.add(
				Option.named(
					String.valueOf(trainingMethod.getTrainingMethodId()),
					trainingMethod.getName(_themeDisplay.getLocale()),
					trainingMethod.getTrainingMethodId() == trainingMethodId));
		}

		return options;
	}

	/**
	 * @return whether any filter narrows the list, so an empty list says "no match", not "none yet"
	 */
	public boolean isFiltered() {
		if ((getTrainingMethodId() > 0) ||
			(getState() != CertificationConstants.STATE_ANY) ||
			(getExpiringWithinDays() > 0) ||
			Validator.isNotNull(getHolderName()) ||
			Validator.isNotNull(getStanding())) {

			return true;
		}

		return false;
	}


	private PortletURL _getIteratorURL() {
		PortletURL portletURL = PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			InstructorMVCCommandNames.VIEW_CERTIFICATIONS
		).buildPortletURL();

		MutableRenderParameters renderParameters =
			portletURL.getRenderParameters();

		if (getTrainingMethodId() > 0) {
			renderParameters.setValue(
				"trainingMethodId", String.valueOf(getTrainingMethodId()));
		}

		if (getState() != CertificationConstants.STATE_ANY) {
			renderParameters.setValue("state", String.valueOf(getState()));
		}

		if (getExpiringWithinDays() > 0) {
			renderParameters.setValue(
				"expiringWithinDays", String.valueOf(getExpiringWithinDays()));
		}

		if (Validator.isNotNull(getHolderName())) {
			renderParameters.setValue("holderName", getHolderName());
		}

		if (Validator.isNotNull(getStanding())) {
			renderParameters.setValue("standing", getStanding());
		}

		return portletURL;
	}

	private final CertificationRows _certificationRows;
	private final CertificationURLs _certificationURLs;
	private final CertificationService _certificationService;
	private final int _pageSize;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SearchContainer<Certification> _searchContainer;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethodService _trainingMethodService;

}
