package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.cache.MVCCPortalCache;
import com.liferay.portal.cache.TransactionalPortalCache;
import com.liferay.portal.kernel.cache.PortalCache;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

import java.io.Serializable;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * An entity cache and a finder cache that keep what they are given, the way the portal's EntityCacheImpl and
 * FinderCacheImpl hold it: the entity cache a model's CacheModel (a new model from it on every hit), the finder cache
 * a list result as its primary keys (the models from the entity cache, through the persistence's fetchByPrimaryKeys,
 * on every hit) and any other result as it is. Each region is the portal's own TransactionalPortalCache (and, for an
 * MVCC model, its MVCCPortalCache) around a map, so that, as in the portal with transactional.cache.enable, what a
 * transaction puts or removes is seen by that transaction only and reaches the shared cache when it commits
 * (TransactionalPortalCacheUtil's lifecycle listener, which Transactions registers), and a rollback drops it.
 *
 * <p>
 * Writing a model (putResult that is not quiet, removeResult with the model) clears the finder results of its class
 * and every DSL query result: the portal's FinderCacheImpl.updateByEntityCache clears the class's lists and updates
 * its unique finders, so this misses more often than the portal, never less. Only for benchmarks that compare what
 * the portal's caches serve (-Dlivsviktig.harness.caches=true): the tiers' tests run with caches that always miss.
 * Not the portal's: no cluster replication, no size limit or time to live, no thread-local cache of a request.
 * </p>
 */
final class InMemoryPortalCaches {

	static boolean isEnabled() {
		return Boolean.getBoolean("livsviktig.harness.caches");
	}

	EntityCache entityCache() {
		return (EntityCache)Proxy.newProxyInstance(
			EntityCache.class.getClassLoader(), new Class<?>[] {EntityCache.class},
			(proxy, method, args) -> {
				if (method.getDeclaringClass() == Object.class) {
					return _objectMethod(proxy, method, args);
				}

				return _entityCache(method, args);
			});
	}

	FinderCache finderCache() {
		return (FinderCache)Proxy.newProxyInstance(
			FinderCache.class.getClassLoader(), new Class<?>[] {FinderCache.class},
			(proxy, method, args) -> {
				if (method.getDeclaringClass() == Object.class) {
					return _objectMethod(proxy, method, args);
				}

				return _finderCache(method, args);
			});
	}

	private static Object _defaultValue(Method method) {
		if (method.getReturnType() == boolean.class) {
			return false;
		}

		return null;
	}

	private static boolean _isDSLQueryCacheName(String cacheName) {

		// Entity and finder regions are named after classes; a DSL query's region after its tables (_T_ between).

		return cacheName.indexOf('.') < 0;
	}

	private static Object _objectMethod(Object proxy, Method method, Object[] args) {
		if (method.getName().equals("equals")) {
			return proxy == args[0];
		}

		if (method.getName().equals("hashCode")) {
			return System.identityHashCode(proxy);
		}

		return InMemoryPortalCaches.class.getSimpleName();
	}

	private static String _finderKey(FinderPath finderPath, Object[] args) {
		return finderPath.getCacheKeyPrefix() + Arrays.deepToString(args);
	}

	private void _clearFinderCaches(Predicate<String> cacheNames) {
		for (Map.Entry<String, PortalCache<Serializable, Object>> entry : _finderCaches.entrySet()) {
			if (cacheNames.test(entry.getKey())) {
				entry.getValue().removeAll();
			}
		}
	}

	private void _clearFinderCachesOf(Class<?> clazz) {
		String className = clazz.getName();

		_clearFinderCaches(
			cacheName -> cacheName.equals(className) || cacheName.startsWith(className + ".List") ||
				_isDSLQueryCacheName(cacheName));
	}

	@SuppressWarnings({"rawtypes", "unchecked"})
	private PortalCache<Serializable, Object> _entityCache(Class<?> clazz) {
		return _entityCaches.computeIfAbsent(
			clazz.getName(),
			className -> {
				ConcurrentMapPortalCache concurrentMapPortalCache = new ConcurrentMapPortalCache(
					EntityCache.class.getName() + "." + className);

				if (MVCCModel.class.isAssignableFrom(clazz)) {
					return new TransactionalPortalCache(new MVCCPortalCache(concurrentMapPortalCache), true);
				}

				return new TransactionalPortalCache<>(concurrentMapPortalCache, false);
			});
	}

	private Object _entityCache(Method method, Object[] args) {
		String name = method.getName();

		if (name.equals("getResult")) {
			Object result = _entityCache((Class<?>)args[0]).get((Serializable)args[1]);

			if (!(result instanceof CacheModel)) {
				return null;
			}

			BaseModel<?> baseModel = (BaseModel<?>)((CacheModel<?>)result).toEntityModel();

			baseModel.setCachedModel(true);

			return baseModel;
		}

		if (name.equals("getPortalCache")) {
			return _entityCache((Class<?>)args[0]);
		}

		if (name.equals("putResult")) {
			Class<?> clazz = (Class<?>)args[0];

			if (args[1] instanceof BaseModel) {

				// putResult(Class, BaseModel, quiet, updateFinderCache): a model written by the persistence

				BaseModel<?> baseModel = (BaseModel<?>)args[1];

				if (!(Boolean)args[2] && (Boolean)args[3]) {
					_clearFinderCachesOf(clazz);
				}

				_entityCache(clazz).put(baseModel.getPrimaryKeyObj(), baseModel.toCacheModel());
			}
			else if (args[2] instanceof BaseModel) {

				// putResult(Class, primaryKey, model): a model read from the database

				_entityCache(clazz).put((Serializable)args[1], ((BaseModel<?>)args[2]).toCacheModel());
			}

			return null;
		}

		if (name.equals("removeResult")) {
			Class<?> clazz = (Class<?>)args[0];

			if (args[1] instanceof BaseModel) {
				_clearFinderCachesOf(clazz);

				_entityCache(clazz).remove(((BaseModel<?>)args[1]).getPrimaryKeyObj());
			}
			else {
				_entityCache(clazz).remove((Serializable)args[1]);
			}

			return null;
		}

		if (name.equals("clearCache") && (args != null)) {
			Class<?> clazz = (Class<?>)args[0];

			_clearFinderCachesOf(clazz);

			_entityCache(clazz).removeAll();

			return null;
		}

		if (name.equals("clearCache") || name.equals("invalidate")) {
			_clearFinderCaches(cacheName -> true);

			for (PortalCache<Serializable, Object> portalCache : _entityCaches.values()) {
				portalCache.removeAll();
			}

			return null;
		}

		if (name.equals("removeCache")) {
			_entityCaches.remove((String)args[0]);
		}

		return _defaultValue(method);
	}

	private PortalCache<Serializable, Object> _finderCache(String cacheName) {
		return _finderCaches.computeIfAbsent(
			cacheName,
			name -> new TransactionalPortalCache<>(
				new ConcurrentMapPortalCache(FinderCache.class.getName() + "." + name), false));
	}

	private Object _finderCache(Method method, Object[] args) {
		String name = method.getName();

		if (name.equals("getResult")) {
			FinderPath finderPath = (FinderPath)args[0];

			Object result = _finderCache(finderPath.getCacheName()).get(_finderKey(finderPath, (Object[])args[1]));

			if (result instanceof PrimaryKeys) {
				return ((PrimaryKeys)result).models((BasePersistence<?>)args[2]);
			}

			return result;
		}

		if (name.equals("putResult")) {
			FinderPath finderPath = (FinderPath)args[0];
			Object result = args[2];

			if ((result instanceof List) && finderPath.isBaseModelResult()) {
				result = PrimaryKeys.of((List<?>)result);
			}

			if (result != null) {
				_finderCache(finderPath.getCacheName()).put(_finderKey(finderPath, (Object[])args[1]), result);
			}

			return null;
		}

		if (name.equals("removeResult")) {
			FinderPath finderPath = (FinderPath)args[0];

			_finderCache(finderPath.getCacheName()).remove(_finderKey(finderPath, (Object[])args[1]));

			return null;
		}

		if (name.equals("clearCache") && (args != null)) {
			_clearFinderCachesOf((Class<?>)args[0]);

			return null;
		}

		if (name.equals("clearDSLQueryCache")) {
			String tableName = (String)args[0];

			_clearFinderCaches(
				cacheName -> _isDSLQueryCacheName(cacheName) &&
					Arrays.asList(FinderPath.decodeDSLQueryCacheName(cacheName)).contains(tableName));

			return null;
		}

		if (name.equals("clearCache") || name.equals("invalidate")) {
			_clearFinderCaches(cacheName -> true);

			return null;
		}

		if (name.equals("removeCache")) {
			_finderCaches.remove((String)args[0]);
		}

		return _defaultValue(method);
	}

	private final Map<String, PortalCache<Serializable, Object>> _entityCaches = new ConcurrentHashMap<>();
	private final Map<String, PortalCache<Serializable, Object>> _finderCaches = new ConcurrentHashMap<>();

	/**
	 * A list result as FinderCacheImpl keeps it: its models' primary keys, in order.
	 */
	private static final class PrimaryKeys {

		static Object of(List<?> models) {
			List<Serializable> primaryKeys = new ArrayList<>(models.size());

			for (Object model : models) {
				if (!(model instanceof BaseModel)) {
					return models;
				}

				primaryKeys.add(((BaseModel<?>)model).getPrimaryKeyObj());
			}

			return new PrimaryKeys(primaryKeys);
		}

		List<?> models(BasePersistence<?> basePersistence) {
			if (_primaryKeys.isEmpty()) {
				return Collections.emptyList();
			}

			Set<Serializable> primaryKeySet = new HashSet<>(_primaryKeys);

			Map<Serializable, ?> models = basePersistence.fetchByPrimaryKeys(primaryKeySet);

			if (models.size() < primaryKeySet.size()) {
				return null;
			}

			List<Object> list = new ArrayList<>(_primaryKeys.size());

			for (Serializable primaryKey : _primaryKeys) {
				list.add(models.get(primaryKey));
			}

			return Collections.unmodifiableList(list);
		}

		private PrimaryKeys(List<Serializable> primaryKeys) {
			_primaryKeys = primaryKeys;
		}

		private final List<Serializable> _primaryKeys;

	}

}
