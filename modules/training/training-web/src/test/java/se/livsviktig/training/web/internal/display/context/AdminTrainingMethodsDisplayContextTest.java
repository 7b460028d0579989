package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The Methods tab: methods live in the company's global site, so "Add method" and the search both use the
 * company group, never the site the app is opened in; each row is named in the reader's language.
 *
 * @author Livsviktig
 */
public class AdminTrainingMethodsDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getScopeGroupId()
		).thenReturn(
			_SITE_GROUP_ID
		);
		when(
			_themeDisplay.getCompanyGroupId()
		).thenReturn(
			_COMPANY_GROUP_ID
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			_SWEDISH
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_themeDisplay.getPermissionChecker()
		).thenReturn(
			_permissionChecker
		);

		PortletURL portletURL = mock(PortletURL.class);

		when(
			portletURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);
	}

	@Test
	public void addMethodIsOfferedToThoseWhoMayAddMethodsInTheCompany() {
		when(
			_portletResourcePermission.contains(
				_permissionChecker, _COMPANY_GROUP_ID,
				TrainingActionKeys.ADD_TRAINING_METHOD)
		).thenReturn(
			true
		);

		assertTrue(_displayContext().isShowAddButton());
	}

	@Test
	public void addMethodIsNotOfferedForMayAddingOnlyInTheSite() {
		when(
			_portletResourcePermission.contains(
				_permissionChecker, _SITE_GROUP_ID,
				TrainingActionKeys.ADD_TRAINING_METHOD)
		).thenReturn(
			true
		);

		assertFalse(
			_displayContext().isShowAddButton(),
			"methods are added to the company group");
	}

	@Test
	public void addMethodIsNotOfferedForAnotherPermission() {
		when(
			_portletResourcePermission.contains(
				_permissionChecker, _COMPANY_GROUP_ID,
				TrainingActionKeys.ADD_COURSE)
		).thenReturn(
			true
		);

		assertFalse(_displayContext().isShowAddButton());
	}

	@Test
	public void theKeywordsAndStatusGoToTheCompanysMethodSearch() {
		_param("keywords", "ungdom");
		_param("status", String.valueOf(WorkflowConstants.STATUS_INACTIVE));

		List<TrainingMethod> trainingMethods = List.of(
			_trainingMethod("MHFA Ungdom"));

		when(
			_trainingMethodService.searchTrainingMethods(
				eq(_COMPANY_GROUP_ID), eq("ungdom"),
				eq(WorkflowConstants.STATUS_INACTIVE), eq(0), eq(20), any())
		).thenReturn(
			trainingMethods
		);
		when(
			_trainingMethodService.searchTrainingMethodsCount(
				_COMPANY_GROUP_ID, "ungdom", WorkflowConstants.STATUS_INACTIVE)
		).thenReturn(
			1
		);

		AdminTrainingMethodsDisplayContext displayContext = _displayContext();

		assertEquals(trainingMethods, displayContext.getResults());
		assertEquals(1, displayContext.getSearchContainer().getTotal());
		assertTrue(displayContext.isFiltered());

		verify(
			_trainingMethodService
		).searchTrainingMethodsCount(
			_COMPANY_GROUP_ID, "ungdom", WorkflowConstants.STATUS_INACTIVE
		);
	}

	@Test
	public void withoutFiltersEveryMethodIsSearchedNewestCreatedLast() {
		AdminTrainingMethodsDisplayContext displayContext = _displayContext();

		displayContext.getResults();

		OrderByComparator<TrainingMethod> orderByComparator =
			_searchedOrder();

		assertArrayEquals(
			new String[] {"createDate", "trainingMethodId"},
			orderByComparator.getOrderByFields());
		assertTrue(orderByComparator.isAscending());
		assertFalse(displayContext.isFiltered());

		verify(
			_trainingMethodService
		).searchTrainingMethodsCount(
			_COMPANY_GROUP_ID, "", WorkflowConstants.STATUS_ANY
		);
	}

	@Test
	public void theMethodsMayBeOrderedByLastChange() {
		_param("orderByCol", "modifiedDate");
		_param("orderByType", "desc");

		AdminTrainingMethodsDisplayContext displayContext = _displayContext();

		displayContext.getResults();

		OrderByComparator<TrainingMethod> orderByComparator =
			_searchedOrder();

		assertArrayEquals(
			new String[] {"modifiedDate", "trainingMethodId"},
			orderByComparator.getOrderByFields());
		assertFalse(orderByComparator.isAscending());
		assertEquals(
			List.of("created", "last-changed"),
			displayContext.getOrderByColOptions(
			).stream(
			).map(
				SelectOption::getLabelKey
			).collect(
				Collectors.toList()
			));
	}

	@Test
	public void eachRowIsNamedInTheReadersLanguageWithItsStatus() {
		AdminTrainingMethodsDisplayContext displayContext = _displayContext();

		assertEquals(
			"MHFA Vuxen",
			displayContext.getName(_trainingMethod("MHFA Vuxen")));
		assertEquals(
			"active",
			displayContext.getStatusLabelKey(WorkflowConstants.STATUS_APPROVED));
		assertEquals(
			"archived",
			displayContext.getStatusLabelKey(WorkflowConstants.STATUS_INACTIVE));
		assertEquals(
			"unknown-status",
			displayContext.getStatusLabelKey(WorkflowConstants.STATUS_DRAFT));
	}

	@Test
	public void theStatusFilterOffersAnyActiveAndArchived() {
		_param("status", String.valueOf(WorkflowConstants.STATUS_APPROVED));

		List<SelectOption> options = _displayContext().getStatusOptions();

		assertEquals(
			List.of("any-status", "active", "archived"),
			options.stream(
			).map(
				SelectOption::getLabelKey
			).collect(
				Collectors.toList()
			));
		assertFalse(options.get(0).isSelected());
		assertTrue(options.get(1).isSelected());
		assertFalse(options.get(2).isSelected());
	}

	@Test
	public void aSavedMethodIsSaid() {
		AdminTrainingMethodsDisplayContext displayContext = _displayContext();

		assertNull(displayContext.getSuccessMessageKey());

		SessionMessages.add(
			_renderRequest, TrainingMethodsDisplayContext.SAVED_MESSAGE_KEY);

		assertEquals(
			"the-training-method-was-saved",
			displayContext.getSuccessMessageKey());
	}

	private AdminTrainingMethodsDisplayContext _displayContext() {
		return new AdminTrainingMethodsDisplayContext(
			_renderRequest, _renderResponse, _trainingMethodService,
			_portletResourcePermission, 20);
	}

	private void _param(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	@SuppressWarnings("unchecked")
	private OrderByComparator<TrainingMethod> _searchedOrder() {
		ArgumentCaptor<OrderByComparator<TrainingMethod>> captor =
			ArgumentCaptor.forClass(OrderByComparator.class);

		verify(
			_trainingMethodService
		).searchTrainingMethods(
			anyLong(), any(), anyInt(), anyInt(), anyInt(), captor.capture()
		);

		return captor.getValue();
	}

	private TrainingMethod _trainingMethod(String name) {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(_SWEDISH)
		).thenReturn(
			name
		);

		return trainingMethod;
	}

	private static final long _COMPANY_GROUP_ID = 20127;

	private static final long _SITE_GROUP_ID = 20119;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final TrainingMethodService _trainingMethodService = mock(
		TrainingMethodService.class);

}
