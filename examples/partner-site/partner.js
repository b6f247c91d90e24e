// Reacts to the forms' events (no inline scripts: the page runs under a strict CSP).
for (const form of document.querySelectorAll('mord-support-request, mord-inquiry')) {
  form.addEventListener('mord-submitted', (event) => {
    const note = document.createElement('p');
    const reference = document.createElement('bdi');
    reference.textContent = event.detail.reference;
    note.append('استلمنا رسالتكِ — الرقم المرجعي: ', reference);
    form.after(note);
  });
}
