package se.livsviktig.report.test.view;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.Clock;
import java.time.ZoneOffset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.exception.ReportExportMappingException;
import se.livsviktig.report.exception.ReportTrainingMethodException;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.service.ReportExportRowService;
import se.livsviktig.report.web.internal.portlet.action.EditExportMappingMVCActionCommand;
import se.livsviktig.report.web.internal.portlet.action.ViewExportMVCRenderCommand;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The export page, rendered by its real render command: the downloads, and the mapping editor with the default
 * lines until the site saves its own, a saved mapping with its choices selected, a draft brought back with a
 * refusal's message, and a reader without the permission.
 *
 * @author Livsviktig
 */
public class ExportViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = ReportViews.harness();
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aRefusedSaveComesBackWithWhatWasTypedAndWhy(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"refused", false, _SAVED,
			ViewRequest.in(
				locale
			).parameter(
				"rowCount", "2"
			).parameter(
				"label0", ""
			).parameter(
				"figureKey0", ReportFigureKeys.TRAINING_COMPLETED
			).parameter(
				"trainingMethodId0", "0"
			).parameter(
				"sex0", ReportSexes.FEMALE
			).parameter(
				"label1", "Timmar <b>MHFA</b>"
			).parameter(
				"figureKey1", ReportFigureKeys.TRAINING_PARTICIPANT_HOURS
			).parameter(
				"trainingMethodId1", "7"
			).parameter(
				"sex1", ""
			).afterAction(
				renderRequest -> {
					SessionErrors.add(
						renderRequest, ReportExportMappingException.class);
					SessionErrors.add(
						renderRequest, ReportTrainingMethodException.class);
				}
			));

		view.assertAlert(
			"danger", view.message("export-correct-the-following")
		).assertLink(
			view.message("export-mapping-error"), "mappingTable"
		).assertLink(
			view.message("export-training-method-error"), "mappingTable"
		).assertAlert(
			"warning", view.message("export-mapping-is-a-draft")
		).assertFieldValue(
			"label0", ""
		).assertFieldValue(
			"label1", "Timmar <b>MHFA</b>"
		).assertTableRows(
			2
		);

		Assertions.assertTrue(
			view.select(
				"b"
			).isEmpty(),
			"a typed label is text, never markup");
		_assertSelected(view, "sex0", ReportSexes.FEMALE);
		_assertSelected(view, "trainingMethodId1", "7");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aSavedMappingShowsItsLinesWithTheirChoices(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"saved", true, _SAVED,
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					EditExportMappingMVCActionCommand.MAPPING_SAVED)
			));

		view.assertAlert(
			"success", view.message("export-mapping-saved")
		).assertNone(
			".alert-info", "no default notice for a saved mapping"
		).assertTableRows(
			2
		).assertFieldValue(
			"label0", "Genomförda MHFA, kvinnor"
		);

		view.assertField(
			"trainingMethodId0", view.message("training-method-of-line-x", 1));
		view.assertField("sex1", view.message("sex-of-line-x", 2));

		_assertSelected(view, "trainingMethodId0", "7");
		_assertSelected(view, "sex0", ReportSexes.FEMALE);
		_assertSelected(
			view, "figureKey1", ReportFigureKeys.TRAINING_PARTICIPANT_HOURS);

		view.assertButton(
			view.message("move-line-x-down", 1)
		).assertButton(
			view.message("move-line-x-up", 2)
		).assertButton(
			view.message("remove-line-x", 2)
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aSiteWithoutASavedMappingShowsTheDefaultAndTheDownloads(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"default", false, null, ViewRequest.in(locale));

		view.assertHeading(
			2, view.message("export-the-report")
		).assertHeading(
			3, view.message("export-mapping")
		).assertAlert(
			"info", view.message("export-mapping-is-the-default")
		).assertButton(
			view.message("download-csv")
		).assertButton(
			view.message("download-xlsx")
		).assertButton(
			view.message("save-the-lines")
		).assertButton(
			view.message("add-a-line")
		).assertFieldValue(
			"label0", _DEFAULT.get(0).getLabel()
		).assertTableRows(
			_DEFAULT.size()
		);

		view.assertField("year", view.message("export-year"));
		view.assertField("label0", view.message("text-of-line-x", 1));
		view.assertField("figureKey0", view.message("figure-of-line-x", 1));

		_assertSelected(view, "year", "2025");

		Assertions.assertEquals(
			2, view.select("form[method=post]").size(),
			"the downloads' form and the editor's form, both posted");
		Assertions.assertTrue(
			view.select(
				"button[formaction]"
			).attr(
				"formaction"
			).contains(
				"p_p_lifecycle=2"
			),
			"the workbook is a resource request");
		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).last(
			).attr(
				"action"
			).contains(
				"p_auth="
			),
			"the editor posts to an action URL with its CSRF token");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aReaderWhoMayNotEditTheMappingIsToldSo(Locale locale)
		throws Exception {

		ReportExportRowService reportExportRowService = mock(
			ReportExportRowService.class);

		when(
			reportExportRowService.hasSavedMapping(anyLong())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, "se.livsviktig.report",
				ViewHarness.SITE_GROUP_ID, "MANAGE_REPORT_MAPPING")
		);

		ViewExportMVCRenderCommand renderCommand = _renderCommand(
			reportExportRowService);

		RenderedView view = _viewHarness.render(
			"export", "refused-reader", ViewRequest.in(locale),
			renderCommand::render);

		view.assertAlert(
			"danger",
			view.message("you-do-not-have-permission-to-see-these-figures"));

		_viewHarness.assertAccessible(view);
	}

	private static void _assertSelected(
		RenderedView view, String fieldName, String value) {

		Assertions.assertEquals(
			value,
			view.select(
				"#" + view.getNamespace() + fieldName + " option[selected]"
			).attr(
				"value"
			),
			fieldName);
	}

	private static ViewExportMVCRenderCommand _renderCommand(
			ReportExportRowService reportExportRowService)
		throws Exception {

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getTrainingMethodId()).thenReturn(7L);
		when(
			trainingMethod.getName(ReportViews.SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			trainingMethod.getName(ReportViews.ENGLISH)
		).thenReturn(
			"MHFA Adult"
		);

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.searchTrainingMethods(
				eq(ViewHarness.COMPANY_GROUP_ID), isNull(),
				eq(WorkflowConstants.STATUS_ANY), anyInt(), anyInt(), isNull())
		).thenReturn(
			List.of(trainingMethod)
		);

		ViewExportMVCRenderCommand renderCommand =
			new ViewExportMVCRenderCommand();

		Fields.set(
			renderCommand, "_reportExportRowService", reportExportRowService);
		Fields.set(
			renderCommand, "_trainingMethodService", trainingMethodService);
		Fields.set(
			renderCommand, "clock", Clock.fixed(ReportViews.NOW, ZoneOffset.UTC));

		return renderCommand;
	}

	/**
	 * @param savedRows the site's saved lines, or null for a site that saved none (the default is shown)
	 */
	private RenderedView _render(
			String state, boolean saved, List<ReportExportMappingRow> savedRows,
			ViewRequest viewRequest)
		throws Exception {

		ReportExportRowService reportExportRowService = mock(
			ReportExportRowService.class);

		when(
			reportExportRowService.hasSavedMapping(anyLong())
		).thenReturn(
			saved
		);
		when(
			reportExportRowService.getMapping(anyLong())
		).thenReturn(
			(savedRows == null) ? _DEFAULT : savedRows
		);

		ViewExportMVCRenderCommand renderCommand = _renderCommand(
			reportExportRowService);

		return _viewHarness.render(
			"export", state, viewRequest, renderCommand::render);
	}

	/**
	 * As the service returns the default (ReportExportDefaultMapping is internal to the service bundle): its
	 * first lines, enough to show the shape.
	 */
	private static final List<ReportExportMappingRow> _DEFAULT = Arrays.asList(
		new ReportExportMappingRow(
			"Antal kurstillfällen som hållits",
			ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, ReportSexes.NONE),
		new ReportExportMappingRow(
			"Hur många medarbetare som har gått utbildningen",
			ReportFigureKeys.TRAINING_COMPLETED, 0, ReportSexes.NONE),
		new ReportExportMappingRow(
			"varav kvinnor", ReportFigureKeys.TRAINING_COMPLETED, 0,
			ReportSexes.FEMALE));

	private static final List<ReportExportMappingRow> _SAVED = Arrays.asList(
		new ReportExportMappingRow(
			"Genomförda MHFA, kvinnor", ReportFigureKeys.TRAINING_COMPLETED, 7,
			ReportSexes.FEMALE),
		new ReportExportMappingRow(
			"Deltagartimmar", ReportFigureKeys.TRAINING_PARTICIPANT_HOURS, 0,
			ReportSexes.NONE));

	private static ViewHarness _viewHarness;

}
