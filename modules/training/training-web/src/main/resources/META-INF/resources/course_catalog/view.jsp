<%@ include file="/init.jsp" %>

<%
SessionCatalogDisplayContext sessionCatalogDisplayContext = (SessionCatalogDisplayContext)request.getAttribute(TrainingWebKeys.SESSION_CATALOG_DISPLAY_CONTEXT);

UnscheduledCoursesDisplayContext unscheduledCoursesDisplayContext = (UnscheduledCoursesDisplayContext)request.getAttribute(TrainingWebKeys.UNSCHEDULED_COURSES_DISPLAY_CONTEXT);

List<CatalogEntry> catalogEntries = sessionCatalogDisplayContext.getCatalogEntries();
List<Course> unscheduledCourses = unscheduledCoursesDisplayContext.getCourses();
String errorMessageKey = unscheduledCoursesDisplayContext.getErrorMessageKey();
String successMessageKey = unscheduledCoursesDisplayContext.getSuccessMessageKey();
Pagination pagination = sessionCatalogDisplayContext.getPagination();
%>

<clay:container-fluid cssClass="livsviktig-course-catalog">
	<h2><liferay-ui:message key="course-catalogue" /></h2>

	<c:if test="<%= errorMessageKey != null %>">
		<div role="alert">
			<clay:alert displayType="danger">
				<liferay-ui:message key="<%= errorMessageKey %>" />
			</clay:alert>
		</div>
	</c:if>

	<c:if test="<%= successMessageKey != null %>">
		<div role="status">
			<clay:alert displayType="success">
				<liferay-ui:message key="<%= successMessageKey %>" />
			</clay:alert>
		</div>
	</c:if>

	<form action="<%= HtmlUtil.escapeAttribute(sessionCatalogDisplayContext.getFilterURL()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "filter-sessions")) %>" class="livsviktig-catalog-filters" method="post">
		<div class="form-row">
			<div class="col-md-3 form-group">
				<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

				<select class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId">
					<option value="0"><liferay-ui:message key="all-methods" /></option>

					<%
					for (TrainingMethod trainingMethod : sessionCatalogDisplayContext.getTrainingMethods()) {
					%>

						<option <%= (trainingMethod.getTrainingMethodId() == sessionCatalogDisplayContext.getTrainingMethodId()) ? "selected" : "" %> value="<%= trainingMethod.getTrainingMethodId() %>"><%= HtmlUtil.escape(trainingMethod.getName(locale)) %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="col-md-2 form-group">
				<label for="<portlet:namespace />month"><liferay-ui:message key="month" /></label>

				<select class="form-control" id="<portlet:namespace />month" name="<portlet:namespace />month">
					<option value=""><liferay-ui:message key="all-months" /></option>

					<%
					for (SessionCatalogDisplayContext.Option option : sessionCatalogDisplayContext.getMonthOptions()) {
					%>

						<option <%= option.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(option.getValue()) %>"><%= HtmlUtil.escape(option.getLabel()) %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="col-md-2 form-group">
				<label for="<portlet:namespace />delivery"><liferay-ui:message key="on-site-or-online" /></label>

				<select class="form-control" id="<portlet:namespace />delivery" name="<portlet:namespace />delivery">
					<option value="<%= SessionCatalogDisplayContext.DELIVERY_ANY %>"><liferay-ui:message key="both" /></option>
					<option <%= SessionCatalogDisplayContext.DELIVERY_ON_SITE.equals(sessionCatalogDisplayContext.getDelivery()) ? "selected" : "" %> value="<%= SessionCatalogDisplayContext.DELIVERY_ON_SITE %>"><liferay-ui:message key="on-site" /></option>
					<option <%= SessionCatalogDisplayContext.DELIVERY_ONLINE.equals(sessionCatalogDisplayContext.getDelivery()) ? "selected" : "" %> value="<%= SessionCatalogDisplayContext.DELIVERY_ONLINE %>"><liferay-ui:message key="online" /></option>
				</select>
			</div>

			<div class="col-md-2 form-group">
				<label for="<portlet:namespace />locality"><liferay-ui:message key="place" /></label>

				<input class="form-control" id="<portlet:namespace />locality" name="<portlet:namespace />locality" type="text" value="<%= HtmlUtil.escapeAttribute(sessionCatalogDisplayContext.getLocality()) %>" />
			</div>

			<div class="col-md-3 form-group">
				<div class="custom-checkbox custom-control livsviktig-free-seats">
					<input <%= sessionCatalogDisplayContext.isOnlyWithFreeSeats() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />onlyWithFreeSeats" name="<portlet:namespace />onlyWithFreeSeats" type="checkbox" value="true" />

					<label class="custom-control-label" for="<portlet:namespace />onlyWithFreeSeats"><liferay-ui:message key="only-sessions-with-free-seats" /></label>
				</div>

				<button class="btn btn-secondary" type="submit"><liferay-ui:message key="filter" /></button>
			</div>
		</div>
	</form>

	<h3><liferay-ui:message key="upcoming-sessions" /></h3>

	<c:choose>
		<c:when test="<%= catalogEntries.isEmpty() %>">
			<p class="text-secondary">
				<c:choose>
					<c:when test="<%= sessionCatalogDisplayContext.isFiltered() %>">
						<liferay-ui:message key="no-sessions-match-the-filter" />
					</c:when>
					<c:otherwise>
						<liferay-ui:message key="no-upcoming-sessions" />
					</c:otherwise>
				</c:choose>
			</p>
		</c:when>
		<c:otherwise>
			<p aria-live="polite"><liferay-ui:message arguments="<%= sessionCatalogDisplayContext.getTotal() %>" key="x-sessions" /></p>

			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="upcoming-sessions" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="course" /></th>
						<th scope="col"><liferay-ui:message key="training-method" /></th>
						<th scope="col"><liferay-ui:message key="dates" /></th>
						<th scope="col"><liferay-ui:message key="place" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="seats-left" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (CatalogEntry catalogEntry : catalogEntries) {
						int seatsLeft = sessionCatalogDisplayContext.getSeatsLeft(catalogEntry);
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row">
								<a href="<%= HtmlUtil.escapeHREF(sessionCatalogDisplayContext.getViewURL(catalogEntry)) %>"><%= HtmlUtil.escape(sessionCatalogDisplayContext.getCourseTitle(catalogEntry)) %><span class="sr-only">, <%= HtmlUtil.escape(sessionCatalogDisplayContext.getDates(catalogEntry)) %></span></a>
							</th>
							<td><%= HtmlUtil.escape(sessionCatalogDisplayContext.getMethodName(catalogEntry)) %></td>
							<td><%= HtmlUtil.escape(sessionCatalogDisplayContext.getDates(catalogEntry)) %></td>
							<td>
								<c:choose>
									<c:when test="<%= sessionCatalogDisplayContext.isOnline(catalogEntry) %>">
										<liferay-ui:message key="online" />
									</c:when>
									<c:otherwise>
										<%= HtmlUtil.escape(sessionCatalogDisplayContext.getPlace(catalogEntry)) %>
									</c:otherwise>
								</c:choose>
							</td>
							<td class="text-right">
								<c:choose>
									<c:when test="<%= seatsLeft > 0 %>">
										<%= seatsLeft %>
									</c:when>
									<c:otherwise>
										<clay:label displayType="warning" label="full-waitlist-open" />
									</c:otherwise>
								</c:choose>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>

			<c:if test="<%= pagination.isShow() %>">
				<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "pages")) %>">
					<ul class="pagination">

						<%
						for (Pagination.Page paginationPage : pagination.getPages()) {
						%>

							<li class="page-item<%= paginationPage.isCurrent() ? " active" : "" %>">
								<a <%= paginationPage.isCurrent() ? "aria-current=\"page\"" : "" %> class="page-link" href="<%= HtmlUtil.escapeHREF(paginationPage.getURL()) %>"><span class="sr-only"><liferay-ui:message key="page" /> </span><%= paginationPage.getNumber() %></a>
							</li>

						<%
						}
						%>

					</ul>
				</nav>
			</c:if>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= !unscheduledCourses.isEmpty() %>">
		<h3><liferay-ui:message key="courses-without-a-date-yet" /></h3>

		<p class="text-secondary"><liferay-ui:message key="register-your-interest-and-we-will-tell-you-when-a-session-is-published" /></p>

		<ul class="list-unstyled">

			<%
			for (Course course : unscheduledCourses) {
				String title = unscheduledCoursesDisplayContext.getTitle(course);
			%>

				<li class="livsviktig-unscheduled-course">
					<span><%= HtmlUtil.escape(title) %></span>

					<c:choose>
						<c:when test="<%= unscheduledCoursesDisplayContext.isInterested(course) %>">
							<clay:label displayType="info" label="you-are-on-the-interest-list" />
						</c:when>
						<c:otherwise>
							<form action="<%= HtmlUtil.escapeAttribute(unscheduledCoursesDisplayContext.getAddInterestURL(course)) %>" class="d-inline" method="post">
								<button class="btn btn-link btn-sm" type="submit"><liferay-ui:message key="register-interest" /><span class="sr-only"> <%= HtmlUtil.escape(title) %></span></button>
							</form>
						</c:otherwise>
					</c:choose>
				</li>

			<%
			}
			%>

		</ul>
	</c:if>

	<p>
		<a href="<%= HtmlUtil.escapeHREF(sessionCatalogDisplayContext.getTrainingMethodsURL()) %>"><liferay-ui:message key="about-the-training-methods" /></a>
	</p>
</clay:container-fluid>
