package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Arrays;
import java.util.List;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * @author Livsviktig
 */
public class TrainingMethodsDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(kernelStatics.portal()).with(_renderRequest);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getCompanyGroupId()
		).thenReturn(
			_COMPANY_GROUP_ID
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
	public void onlyThoseWhoMayAddMethodsSeeTheAddButton() {
		assertFalse(_displayContext().isShowAddTrainingMethodButton());

		when(
			_portletResourcePermission.contains(
				_permissionChecker, _COMPANY_GROUP_ID,
				TrainingActionKeys.ADD_TRAINING_METHOD)
		).thenReturn(
			true
		);

		assertTrue(_displayContext().isShowAddTrainingMethodButton());
	}

	@Test
	public void theCatalogueListsTheCompanysActiveMethodsAPageAtATime() {
		when(
			_renderRequest.getParameter("cur")
		).thenReturn(
			"2"
		);

		List<TrainingMethod> secondPage = Arrays.asList(
			mock(TrainingMethod.class), mock(TrainingMethod.class));

		when(
			_trainingMethodService.getTrainingMethods(
				_COMPANY_GROUP_ID, WorkflowConstants.STATUS_APPROVED, 20, 40)
		).thenReturn(
			secondPage
		);
		when(
			_trainingMethodService.getTrainingMethodsCount(
				_COMPANY_GROUP_ID, WorkflowConstants.STATUS_APPROVED)
		).thenReturn(
			22
		);

		TrainingMethodsDisplayContext displayContext = _displayContext();

		assertEquals(secondPage, displayContext.getTrainingMethods());

		Pagination pagination = displayContext.getPagination();

		assertEquals(2, pagination.getCur());
		assertEquals(2, pagination.getPageCount());
		assertEquals(22, pagination.getTotal());
		assertTrue(pagination.isShow());
		assertTrue(pagination.hasPrevious());
		assertFalse(pagination.hasNext());
	}

	private TrainingMethodsDisplayContext _displayContext() {
		return new TrainingMethodsDisplayContext(
			_renderRequest, _renderResponse, _trainingMethodService,
			_portletResourcePermission, 20);
	}

	private static final long _COMPANY_GROUP_ID = 20121;

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
