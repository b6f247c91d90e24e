// The link is /survey/<token>: hand the token (and ?lang=en) to the survey element before it starts.
const survey = document.querySelector('mord-satisfaction-survey');
const token = location.pathname.split('/survey/')[1];
if (token) survey.setAttribute('token', decodeURIComponent(token));
if (new URLSearchParams(location.search).get('lang') === 'en') {
  survey.setAttribute('locale', 'en');
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  document.title = 'Your opinion of our service — Mord Women’s Association';
  document.getElementById('page-title').textContent =
    'Mord Women’s Association — your opinion of our service';
}
