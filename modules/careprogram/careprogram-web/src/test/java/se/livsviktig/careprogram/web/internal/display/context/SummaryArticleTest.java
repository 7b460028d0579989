package se.livsviktig.careprogram.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.journal.util.JournalContent;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summary on a programme's page is the article's latest APPROVED version, rendered by the portal's journal
 * content in the reader's language: by resourcePrimKey, so a new version shows; no article, no approved version or
 * nothing rendered, no summary.
 *
 * @author Livsviktig
 */
public class SummaryArticleTest {

	@BeforeEach
	public void setUp() {
		when(
			_themeDisplay.getLanguageId()
		).thenReturn(
			"sv_SE"
		);
		when(
			_journalArticle.getGroupId()
		).thenReturn(
			_GROUP_ID
		);
		when(
			_journalArticle.getArticleId()
		).thenReturn(
			"VIP-DEPRESSION"
		);
	}

	@Test
	public void theLatestApprovedVersionIsRenderedInTheReadersLanguage() {
		when(
			_journalArticleLocalService.fetchLatestArticle(
				_RESOURCE_PRIM_KEY, WorkflowConstants.STATUS_APPROVED)
		).thenReturn(
			_journalArticle
		);
		when(
			_journalContent.getContent(
				_GROUP_ID, "VIP-DEPRESSION", null, "sv_SE", _themeDisplay)
		).thenReturn(
			"<p>Nationell sammanfattning</p>"
		);

		assertEquals(
			"<p>Nationell sammanfattning</p>",
			_summaryArticle.render(_RESOURCE_PRIM_KEY, _themeDisplay));
	}

	@Test
	public void withoutAnApprovedVersionThereIsNoSummary() {
		assertNull(_summaryArticle.render(_RESOURCE_PRIM_KEY, _themeDisplay));
		verify(
			_journalContent, never()
		).getContent(
			anyLong(), anyString(), any(), anyString(), any(ThemeDisplay.class)
		);
	}

	@Test
	public void aProgrammeWithoutArticleHasNoSummary() {
		assertNull(_summaryArticle.render(0, _themeDisplay));
		verify(
			_journalArticleLocalService, never()
		).fetchLatestArticle(
			anyLong(), any(int.class)
		);
	}

	private static final long _GROUP_ID = 20121;

	private static final long _RESOURCE_PRIM_KEY = 40301;

	private final JournalArticle _journalArticle = mock(JournalArticle.class);
	private final JournalArticleLocalService _journalArticleLocalService = mock(
		JournalArticleLocalService.class);
	private final JournalContent _journalContent = mock(JournalContent.class);
	private final SummaryArticle _summaryArticle = new SummaryArticle(
		_journalArticleLocalService, _journalContent);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
