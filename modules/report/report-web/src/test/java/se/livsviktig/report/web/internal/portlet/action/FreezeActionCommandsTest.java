package se.livsviktig.report.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.TimeZone;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.exception.NoSuchReportFreezeException;
import se.livsviktig.report.exception.ReportFreezeStatusException;
import se.livsviktig.report.exception.ReportUnfreezeReasonException;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportFreezeService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.constants.ReportWebKeys;

/**
 * Freezing and unfreezing from the freeze view: each goes through the remote service (which checks the permission)
 * and comes back to its view with the confirmation, or with the refusal's Language key and the reason kept.
 *
 * @author Livsviktig
 */
class FreezeActionCommandsTest {

	@RegisterExtension
	final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	void setUp() {
		Fields.set(_freezeCommand, "_portal", _portal);
		Fields.set(_freezeCommand, "_reportFreezeService", _reportFreezeService);
		Fields.set(_unfreezeCommand, "_portal", _portal);
		Fields.set(
			_unfreezeCommand, "_reportFreezeService", _reportFreezeService);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getScopeGroupId()).thenReturn(_GROUP_ID);
		when(
			themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_actionRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
	}

	@Test
	void aRefusedFreezeSaysSo() throws Exception {
		_param("year", "2025");

		when(
			_reportFreezeService.freeze(
				eq(_GROUP_ID), any(ReportPeriod.class), eq(0L))
		).thenThrow(
			new PrincipalException.MustHavePermission(
				9, "se.livsviktig.report", _GROUP_ID,
				ReportActionKeys.FREEZE_REPORTS)
		);

		_freezeCommand.doProcessAction(_actionRequest, _actionResponse);

		assertEquals(
			"you-do-not-have-permission-to-freeze-figures",
			SessionErrors.get(_actionRequest, ReportWebKeys.REPORT_ERROR_KEY));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", ReportMVCCommandNames.VIEW_FREEZES
		);
	}

	@Test
	void aYearIsFrozenForEveryAdministration() throws Exception {
		_param("year", "2025");

		_freezeCommand.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_reportFreezeService
		).freeze(
			_GROUP_ID,
			ReportPeriod.ofYear(
				2025,
				TimeZone.getTimeZone(
					"Europe/Stockholm"
				).toZoneId()),
			0
		);
		assertEquals(
			"the-figures-were-frozen",
			SessionMessages.get(
				_actionRequest, ReportActionOutcome.SUCCESS_KEY));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", ReportMVCCommandNames.VIEW_FREEZES
		);
	}

	@Test
	void aYearIsFrozenForTheAdministrationChosen() throws Exception {
		_param("year", "2025");
		_param("organizationId", "4711");

		_freezeCommand.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_reportFreezeService
		).freeze(
			_GROUP_ID,
			ReportPeriod.ofYear(
				2025,
				TimeZone.getTimeZone(
					"Europe/Stockholm"
				).toZoneId()),
			4711
		);
		assertEquals(
			"the-figures-were-frozen",
			SessionMessages.get(
				_actionRequest, ReportActionOutcome.SUCCESS_KEY));
	}

	@Test
	void aFreezeGoneIsNoInputErrorAndGoesToThePortal() throws Exception {
		_param("reportFreezeId", "701");
		_param("reason", "Fel år");

		when(
			_reportFreezeService.unfreeze(701, "Fel år")
		).thenThrow(
			new NoSuchReportFreezeException()
		);

		assertThrows(
			NoSuchReportFreezeException.class,
			() -> _unfreezeCommand.doProcessAction(
				_actionRequest, _actionResponse));
	}

	@Test
	void anUnfreezeWithoutAReasonIsRefusedAndComesBack() throws Exception {
		_param("reportFreezeId", "701");
		_param("reason", " ");

		when(
			_reportFreezeService.unfreeze(701, "")
		).thenThrow(
			new ReportUnfreezeReasonException()
		);

		_unfreezeCommand.doProcessAction(_actionRequest, _actionResponse);

		assertEquals(
			"report-unfreeze-reason-error",
			SessionErrors.get(_actionRequest, ReportWebKeys.REPORT_ERROR_KEY));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", ReportMVCCommandNames.VIEW_FREEZE
		);
		verify(_renderParameters).setValue("reportFreezeId", "701");
	}

	@Test
	void anUnfreezeOfAnUnfrozenFreezeIsRefusedKeepingTheReason()
		throws Exception {

		_param("reportFreezeId", "701");
		_param("reason", "Skickad av misstag");

		when(
			_reportFreezeService.unfreeze(701, "Skickad av misstag")
		).thenThrow(
			new ReportFreezeStatusException()
		);

		_unfreezeCommand.doProcessAction(_actionRequest, _actionResponse);

		assertEquals(
			"report-freeze-status-error",
			SessionErrors.get(_actionRequest, ReportWebKeys.REPORT_ERROR_KEY));
		verify(_renderParameters).setValue("reason", "Skickad av misstag");
	}

	@Test
	void anUnfreezeWithAReasonUnfreezes() throws Exception {
		_param("reportFreezeId", "701");
		_param("reason", "Skickad av misstag");

		_unfreezeCommand.doProcessAction(_actionRequest, _actionResponse);

		verify(_reportFreezeService).unfreeze(701, "Skickad av misstag");
		assertEquals(
			"the-figures-were-unfrozen",
			SessionMessages.get(
				_actionRequest, ReportActionOutcome.SUCCESS_KEY));
	}

	@Test
	void aRefusedUnfreezeSaysSo() throws Exception {
		_param("reportFreezeId", "701");
		_param("reason", "Skickad av misstag");

		when(
			_reportFreezeService.unfreeze(anyLong(), any())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				9, "se.livsviktig.report", _GROUP_ID,
				ReportActionKeys.UNFREEZE_REPORTS)
		);

		_unfreezeCommand.doProcessAction(_actionRequest, _actionResponse);

		assertEquals(
			"you-do-not-have-permission-to-unfreeze-figures",
			SessionErrors.get(_actionRequest, ReportWebKeys.REPORT_ERROR_KEY));
		verify(
			_renderParameters, never()
		).setValue(
			"reason", "Skickad av misstag"
		);
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final long _GROUP_ID = 20119;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final FreezeMVCActionCommand _freezeCommand =
		new FreezeMVCActionCommand();
	private final Portal _portal = mock(Portal.class);
	private final ReportFreezeService _reportFreezeService = mock(
		ReportFreezeService.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final UnfreezeMVCActionCommand _unfreezeCommand =
		new UnfreezeMVCActionCommand();

}
