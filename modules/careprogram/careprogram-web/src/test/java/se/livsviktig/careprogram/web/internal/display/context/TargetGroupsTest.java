package se.livsviktig.careprogram.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.portal.kernel.dao.orm.QueryUtil;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.service.CareProgramLocalService;

/**
 * A page finds the site's target groups and never creates their vocabulary: without it the site has none.
 *
 * @author Livsviktig
 */
public class TargetGroupsTest {

	@Test
	public void aSiteWithoutTheVocabularyHasNoTargetGroupsAndNoneIsCreated()
		throws Exception {

		assertEquals(List.of(), _targetGroups.getCategories(_GROUP_ID));
		assertFalse(_targetGroups.hasVocabulary(_GROUP_ID));

		verify(
			_careProgramLocalService, never()
		).getTargetGroupVocabulary(
			anyLong(), anyLong()
		);
		verifyNoInteractions(_assetCategoryLocalService);
	}

	@Test
	public void theTargetGroupsAreTheVocabularysCategories() throws Exception {
		AssetVocabulary assetVocabulary = mock(AssetVocabulary.class);

		when(
			assetVocabulary.getVocabularyId()
		).thenReturn(
			900L
		);
		when(
			_careProgramLocalService.fetchTargetGroupVocabulary(_GROUP_ID)
		).thenReturn(
			assetVocabulary
		);

		List<AssetCategory> assetCategories = List.of(
			mock(AssetCategory.class));

		when(
			_assetCategoryLocalService.getVocabularyCategories(
				900L, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)
		).thenReturn(
			assetCategories
		);

		assertEquals(assetCategories, _targetGroups.getCategories(_GROUP_ID));
		assertTrue(_targetGroups.hasVocabulary(_GROUP_ID));

		verify(
			_careProgramLocalService, never()
		).getTargetGroupVocabulary(
			anyLong(), anyLong()
		);
	}

	private static final long _GROUP_ID = 20121;

	private final AssetCategoryLocalService _assetCategoryLocalService = mock(
		AssetCategoryLocalService.class);
	private final CareProgramLocalService _careProgramLocalService = mock(
		CareProgramLocalService.class);
	private final TargetGroups _targetGroups = new TargetGroups(
		_careProgramLocalService, _assetCategoryLocalService);

}
