<%@ include file="/init.jsp" %>

<%
TaughtSessionsPage taughtSessionsPage = (TaughtSessionsPage)request.getAttribute(SurveyWebKeys.TAUGHT_SESSIONS_PAGE);

List<TaughtSessionsPage.Row> rows = taughtSessionsPage.getRows();
%>

<clay:container-fluid cssClass="livsviktig-instructor-results">
	<h2><liferay-ui:message key="my-course-evaluations" /></h2>

	<c:choose>
		<c:when test="<%= rows.isEmpty() && !taughtSessionsPage.hasPrevious() %>">
			<p><liferay-ui:message key="you-have-not-taught-a-session-yet" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="sessions-you-taught-newest-first" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="course" /></th>
							<th scope="col"><liferay-ui:message key="first-day" /></th>
							<th scope="col"><liferay-ui:message key="last-day" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (TaughtSessionsPage.Row row : rows) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(row.getCourseTitle()) %></th>
								<td><%= HtmlUtil.escape(row.getStartDay()) %></td>
								<td><%= HtmlUtil.escape(row.getEndDay()) %></td>
								<td>
									<a class="btn btn-secondary btn-sm" href="<%= HtmlUtil.escapeHREF(row.getResultsURL()) %>"><liferay-ui:message key="read-the-evaluations" /><span class="sr-only">: <%= HtmlUtil.escape(row.getCourseTitle()) %>, <%= HtmlUtil.escape(row.getStartDay()) %></span></a>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>

			<c:if test="<%= taughtSessionsPage.hasPrevious() || taughtSessionsPage.hasNext() %>">
				<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "pages-of-sessions")) %>">
					<ul class="pagination">
						<c:if test="<%= taughtSessionsPage.hasPrevious() %>">
							<li class="page-item">
								<a class="page-link" href="<%= HtmlUtil.escapeHREF((String)request.getAttribute("previousPageURL")) %>"><liferay-ui:message key="newer-sessions" /></a>
							</li>
						</c:if>

						<li class="active page-item">
							<span aria-current="page" class="page-link"><liferay-ui:message arguments="<%= taughtSessionsPage.getPage() %>" key="page-x" /></span>
						</li>

						<c:if test="<%= taughtSessionsPage.hasNext() %>">
							<li class="page-item">
								<a class="page-link" href="<%= HtmlUtil.escapeHREF((String)request.getAttribute("nextPageURL")) %>"><liferay-ui:message key="older-sessions" /></a>
							</li>
						</c:if>
					</ul>
				</nav>
			</c:if>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
