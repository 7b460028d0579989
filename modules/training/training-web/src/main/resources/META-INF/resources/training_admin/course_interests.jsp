<%@ include file="/init.jsp" %>
<%-- The interest list's own import stays here, so init.jsp stays the shared one of every view. --%>
<%@ page import="se.livsviktig.training.web.internal.display.context.CourseInterestListDisplayContext" %>

<%
CourseInterestListDisplayContext courseInterestListDisplayContext = (CourseInterestListDisplayContext)request.getAttribute(TrainingWebKeys.ADMIN_COURSE_INTEREST_LIST_DISPLAY_CONTEXT);

List<CourseInterestListDisplayContext.InterestedPerson> people = courseInterestListDisplayContext.getPeople();

Pagination pagination = courseInterestListDisplayContext.getPagination();
%>

<clay:container-fluid cssClass="livsviktig-course-interests">
	<p>
		<a href="<%= HtmlUtil.escapeHREF(courseInterestListDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-courses" /></a>
	</p>

	<h2><liferay-ui:message arguments="<%= HtmlUtil.escape(courseInterestListDisplayContext.getCourseTitle()) %>" key="interest-list-of-x" translateArguments="<%= false %>" /></h2>

	<p class="text-secondary"><liferay-ui:message key="interest-list-coordinator-help" /></p>

	<c:choose>
		<c:when test="<%= people.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="nobody-is-on-the-interest-list" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="interest-list" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="name" /></th>
						<th scope="col"><liferay-ui:message key="organization" /></th>
						<th scope="col"><liferay-ui:message key="interested-since" /></th>
						<th scope="col"><liferay-ui:message key="status" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (CourseInterestListDisplayContext.InterestedPerson person : people) {
					%>

						<tr>
							<th scope="row"><%= HtmlUtil.escape(person.getName()) %></th>
							<td><%= HtmlUtil.escape(person.getOrganizationNames()) %></td>
							<td class="text-nowrap"><%= HtmlUtil.escape(person.getSince()) %></td>
							<td>
								<c:choose>
									<c:when test="<%= person.getNotified().isEmpty() %>">
										<liferay-ui:message key="<%= person.getStatusKey() %>" />
									</c:when>
									<c:otherwise>
										<liferay-ui:message arguments="<%= HtmlUtil.escape(person.getNotified()) %>" key="<%= person.getStatusKey() %>" translateArguments="<%= false %>" />
									</c:otherwise>
								</c:choose>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<p class="text-secondary"><liferay-ui:message arguments="<%= pagination.getTotal() %>" key="x-results" /></p>

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
</clay:container-fluid>
