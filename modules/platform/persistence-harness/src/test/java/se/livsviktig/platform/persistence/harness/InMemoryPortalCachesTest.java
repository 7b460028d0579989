package se.livsviktig.platform.persistence.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.cache.transactional.TransactionalPortalCacheUtil;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.model.CacheModel;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.db.harness.PortalProperties;

/**
 * The harness's caches behave as the portal's do with transactional.cache.enable: what a transaction caches is
 * its own until it commits, a rollback drops it, and writing a model clears its class's finder results.
 */
public class InMemoryPortalCachesTest {

	@BeforeAll
	public static void loadPortalProperties() {
		PortalProperties.ensureLoaded();
	}

	@AfterEach
	public void endTransaction() {
		if (_inTransaction) {
			TransactionalPortalCacheUtil.rollback();
		}
	}

	@Test
	public void aModelCachedInATransactionReachesOtherThreadsWhenItCommits() throws Exception {
		_begin();

		_entityCache.putResult(Entry.class, _model, true, false);

		assertSame(_entityModel, _entityCache.getResult(Entry.class, _PRIMARY_KEY));
		assertNull(_fromAnotherThread());

		_commit();

		assertSame(_entityModel, _fromAnotherThread());
	}

	@Test
	public void aRollbackDropsWhatTheTransactionCached() {
		_begin();

		_entityCache.putResult(Entry.class, _model, true, false);

		TransactionalPortalCacheUtil.rollback();

		_inTransaction = false;

		assertNull(_entityCache.getResult(Entry.class, _PRIMARY_KEY));
	}

	@Test
	public void writingAModelClearsTheFinderResultsOfItsClassOnly() {
		FinderPath countOfEntries = new FinderPath(
			Entry.class.getName() + ".List2", "countByName", new String[] {String.class.getName()},
			new String[] {"name"}, false);
		FinderPath countOfOthers = new FinderPath(
			Other.class.getName() + ".List2", "countByName", new String[] {String.class.getName()},
			new String[] {"name"}, false);

		Object[] finderArgs = {"Våga fråga"};

		_finderCache.putResult(countOfEntries, finderArgs, 3L);
		_finderCache.putResult(countOfOthers, finderArgs, 5L);

		assertEquals(3L, _finderCache.getResult(countOfEntries, finderArgs, null));

		_entityCache.putResult(Entry.class, _model, false, true);

		assertNull(_finderCache.getResult(countOfEntries, finderArgs, null));
		assertEquals(5L, _finderCache.getResult(countOfOthers, finderArgs, null));
	}

	private void _begin() {
		TransactionalPortalCacheUtil.begin();

		_inTransaction = true;
	}

	private void _commit() {
		TransactionalPortalCacheUtil.commit(false);

		_inTransaction = false;
	}

	private Object _fromAnotherThread() throws Exception {
		return CompletableFuture.supplyAsync(
			() -> _entityCache.getResult(Entry.class, _PRIMARY_KEY)
		).get();
	}

	private static final Long _PRIMARY_KEY = 42L;

	private final InMemoryPortalCaches _caches = new InMemoryPortalCaches();
	private final EntityCache _entityCache = _caches.entityCache();
	private final BaseModel<?> _entityModel = mock(BaseModel.class);
	private final FinderCache _finderCache = _caches.finderCache();
	private boolean _inTransaction;
	private final BaseModel<?> _model = mock(BaseModel.class);

	{
		CacheModel<?> cacheModel = mock(CacheModel.class);

		when(_model.getPrimaryKeyObj()).thenReturn(_PRIMARY_KEY);
		when(_model.toCacheModel()).thenAnswer(invocation -> cacheModel);
		when(cacheModel.toEntityModel()).thenAnswer(invocation -> _entityModel);
	}

	private interface Entry {
	}

	private interface Other {
	}

}
